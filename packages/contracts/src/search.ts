import { z } from 'zod';

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const searchResultSchema = z.object({
  contacts: z.array(
    z.object({ id: z.string(), name: z.string(), email: z.string().nullable(), phone: z.string().nullable(), companyName: z.string().nullable() }),
  ),
  companies: z.array(z.object({ id: z.string(), name: z.string(), domain: z.string().nullable() })),
});
export type SearchResult = z.infer<typeof searchResultSchema>;
