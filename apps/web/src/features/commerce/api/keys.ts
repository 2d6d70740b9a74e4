export const commerceKeys = {
  all: ['commerce'] as const,
  orders: () => [...commerceKeys.all, 'orders'] as const,
  order: (id: string) => [...commerceKeys.all, 'order', id] as const,
  products: () => [...commerceKeys.all, 'products'] as const,
  traits: (contactId: string) => [...commerceKeys.all, 'traits', contactId] as const,
};
