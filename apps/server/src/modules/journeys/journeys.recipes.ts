import { journeyDefinitionSchema, journeyRecipeInputSchema, type Journey, type JourneyDefinitionInput, type JourneyRecipe, type MessageContent, type SegmentGroup } from '@rapport/contracts';
import type { Ctx } from '../../platform/context.js';
import { withWorkspace } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { graphErrors } from './journeys.graph.js';
import { createTemplatesIn, couponPoolProblems } from './journeys.messaging.js';
import { insertJourney } from './journeys.service.js';

const days = (n: number) => n * 1440;
const mail = (subject: string, body: string, button?: { label: string; href: string }): MessageContent => ({
  channel: 'email',
  subject,
  mjml:
    `<mjml><mj-body><mj-section><mj-column><mj-text>${body}</mj-text>` +
    (button ? `<mj-button href="${button.href}">${button.label}</mj-button>` : '') +
    `<mj-text font-size="11px"><a href="{{ unsubscribe_url }}">Unsubscribe</a></mj-text></mj-column></mj-section></mj-body></mjml>`,
});
const hello = 'Hi {{ contact.firstName }},';
const shop = 'https://shop.example.com';
const couponLine = '<br/>Use <b>{{ coupon.code }}</b> at checkout.';
const condition = (children: SegmentGroup['children']): SegmentGroup => ({ type: 'group', combinator: 'and', children });
const ordersEq = (n: number) => condition([{ type: 'orders', metric: 'count', window: { kind: 'ever' }, op: 'eq', value: n }]);

interface Recipe extends JourneyRecipe {
  templates: Record<string, { name: string; content: MessageContent }>;
  build: (t: Record<string, string>, poolId: string | undefined) => JourneyDefinitionInput;
}

/**
 * Ready-made journeys (issue 6, section 9). Each makes a draft and the templates it sends, with
 * placeholder copy and shop links to edit before it goes live.
 */
const recipes: Recipe[] = [
  {
    key: 'welcome_series',
    name: 'Welcome series',
    description: 'A welcome when someone signs up, then a nudge three days later if they have not ordered yet.',
    needsCouponPool: false,
    templates: {
      welcome: { name: 'Welcome', content: mail('Welcome to {{ workspace.name }}', `${hello}<br/>thanks for joining us.`, { label: 'Start shopping', href: shop }) },
      nudge: { name: 'Welcome: first order', content: mail('Found something you like?', `${hello}<br/>here is what others love right now.`, { label: 'Browse', href: shop }) },
    },
    build: (t) => ({
      trigger: { type: 'event', event: 'Signed Up' },
      start: 'welcome',
      steps: [
        { id: 'welcome', type: 'action', action: { kind: 'send', templateId: t.welcome! }, next: 'wait' },
        { id: 'wait', type: 'wait', wait: { kind: 'duration', minutes: days(3) }, next: 'ordered' },
        { id: 'ordered', type: 'branch', condition: { kind: 'condition', definition: condition([{ type: 'orders', metric: 'count', window: { kind: 'ever' }, op: 'gte', value: 1 }]) }, yes: null, no: 'nudge' },
        { id: 'nudge', type: 'action', action: { kind: 'send', templateId: t.nudge! }, next: null },
      ],
      reentry: { kind: 'never' },
      goal: { event: 'Order Completed', withinDays: 14 },
    }),
  },
  {
    key: 'abandoned_cart',
    name: 'Abandoned cart with a coupon',
    description: 'Checkout started but no order within 2 days: an email with a coupon. Leaves on Order Completed, which is also its goal.',
    needsCouponPool: true,
    templates: { cart: { name: 'Abandoned cart', content: mail('You left something behind', `${hello}<br/>your cart is waiting.${couponLine}`, { label: 'Back to my cart', href: `${shop}/cart` }) } },
    build: (t, pool) => ({
      trigger: { type: 'event', event: 'Checkout Started' },
      start: 'wait_order',
      steps: [
        { id: 'wait_order', type: 'wait_for', until: { kind: 'event', event: 'Order Completed' }, timeoutMinutes: days(2), onEvent: null, onTimeout: 'remind' },
        { id: 'remind', type: 'action', action: { kind: 'send', templateId: t.cart!, couponPoolId: pool }, next: null },
      ],
      reentry: { kind: 'after_days', days: 14 },
      exitOn: [{ event: 'Order Completed' }],
      goal: { event: 'Order Completed', withinDays: 7 },
    }),
  },
  {
    key: 'browse_abandonment',
    name: 'Browse abandonment',
    description: 'Viewed a product without adding anything to the cart within a day: a reminder of it, at most once a week.',
    needsCouponPool: false,
    templates: { browse: { name: 'Browse abandonment', content: mail('Still thinking about {{ event.name }}?', `${hello}<br/>{{ event.name }} is still here.`, { label: 'Take another look', href: shop }) } },
    build: (t) => ({
      trigger: { type: 'event', event: 'Product Viewed' },
      start: 'wait_cart',
      steps: [
        { id: 'wait_cart', type: 'wait_for', until: { kind: 'event', event: 'Product Added' }, timeoutMinutes: days(1), onEvent: null, onTimeout: 'remind' },
        { id: 'remind', type: 'action', action: { kind: 'send', templateId: t.browse! }, next: null },
      ],
      reentry: { kind: 'after_days', days: 7 },
      exitOn: [{ event: 'Order Completed' }],
      goal: { event: 'Order Completed', withinDays: 7 },
      frequencyCap: { count: 1, days: 7 },
    }),
  },
  {
    key: 'f2_nudge',
    name: 'First to second purchase',
    description: 'After a first order, a nudge two weeks later if no second order came. Leaves on the second order.',
    needsCouponPool: false,
    templates: { f2: { name: 'Second purchase', content: mail('Ready for another?', `${hello}<br/>thank you for your first order. Customers who bought it also liked these.`, { label: 'Shop again', href: shop }) } },
    build: (t) => ({
      trigger: { type: 'event', event: 'Order Completed' },
      start: 'first',
      steps: [
        { id: 'first', type: 'branch', condition: { kind: 'condition', definition: ordersEq(1) }, yes: 'wait', no: null },
        { id: 'wait', type: 'wait', wait: { kind: 'duration', minutes: days(14) }, next: 'still_one' },
        { id: 'still_one', type: 'branch', condition: { kind: 'condition', definition: ordersEq(1) }, yes: 'nudge', no: null },
        { id: 'nudge', type: 'action', action: { kind: 'send', templateId: t.f2! }, next: null },
      ],
      reentry: { kind: 'never' },
      exitOn: [{ event: 'Order Completed' }],
      goal: { event: 'Order Completed', withinDays: 30 },
    }),
  },
  {
    key: 'birthday',
    name: 'Birthday greeting with a coupon',
    description: "On the contact's birthday at 09:00 their time: a greeting with a coupon, every year.",
    needsCouponPool: true,
    templates: { birthday: { name: 'Birthday', content: mail('Happy birthday, {{ contact.firstName }}!', `${hello}<br/>a little gift from us.${couponLine}`, { label: 'Treat yourself', href: shop }) } },
    build: (t, pool) => ({
      trigger: { type: 'date', field: 'birthday', offsetDays: 0, recurring: true, at: '09:00' },
      start: 'greet',
      steps: [{ id: 'greet', type: 'action', action: { kind: 'send', templateId: t.birthday!, couponPoolId: pool }, next: null }],
      reentry: { kind: 'always' },
      goal: { event: 'Order Completed', withinDays: 14 },
    }),
  },
  {
    key: 'winback',
    name: 'Win-back (NASLD S and L)',
    description: 'When a customer turns sleepy (S): a we-miss-you email; if 30 days later they are lost (L), an offer with a coupon. Leaves on an order.',
    needsCouponPool: true,
    templates: {
      missYou: { name: 'We miss you', content: mail('We miss you, {{ contact.firstName }}', `${hello}<br/>it has been a while. Here is what is new.`, { label: "See what's new", href: shop }) },
      offer: { name: 'Win-back offer', content: mail('A gift to welcome you back', `${hello}<br/>come back for a treat on us.${couponLine}`, { label: 'Come back', href: shop }) },
    },
    build: (t, pool) => ({
      trigger: { type: 'model_changed', model: 'nasld', to: 'S' },
      start: 'miss_you',
      steps: [
        { id: 'miss_you', type: 'action', action: { kind: 'send', templateId: t.missYou! }, next: 'wait' },
        { id: 'wait', type: 'wait', wait: { kind: 'duration', minutes: days(30) }, next: 'lost' },
        { id: 'lost', type: 'branch', condition: { kind: 'condition', definition: condition([{ type: 'model', field: 'nasld.state', op: 'eq', value: 'L' }]) }, yes: 'offer', no: null },
        { id: 'offer', type: 'action', action: { kind: 'send', templateId: t.offer!, couponPoolId: pool }, next: null },
      ],
      reentry: { kind: 'after_days', days: 90 },
      exitOn: [{ event: 'Order Completed' }],
      goal: { event: 'Order Completed', withinDays: 45 },
    }),
  },
  {
    key: 'review_request',
    name: 'Post-purchase review request',
    description: 'A week after each order: a request to review what was bought.',
    needsCouponPool: false,
    templates: { review: { name: 'Review request', content: mail('How was your order?', `${hello}<br/>we would love to hear what you think of your order {{ event.order_id }}.`, { label: 'Write a review', href: `${shop}/reviews` }) } },
    build: (t) => ({
      trigger: { type: 'event', event: 'Order Completed' },
      start: 'wait',
      steps: [
        { id: 'wait', type: 'wait', wait: { kind: 'duration', minutes: days(7) }, next: 'ask' },
        { id: 'ask', type: 'action', action: { kind: 'send', templateId: t.review! }, next: null },
      ],
      reentry: { kind: 'always' },
      goal: { event: 'Product Reviewed', withinDays: 14 },
    }),
  },
];

export const listRecipes = (): JourneyRecipe[] => recipes.map(({ key, name, description, needsCouponPool }) => ({ key, name, description, needsCouponPool }));

/** Creates a recipe's templates and its journey, as a draft, in one transaction. */
export async function createFromRecipe(ctx: Ctx, key: string, input: unknown): Promise<Journey> {
  const recipe = recipes.find((r) => r.key === key);
  if (!recipe) throw notFound('Journey recipe');
  const d = journeyRecipeInputSchema.parse(input ?? {});
  if (recipe.needsCouponPool && !d.couponPoolId) {
    throw new AppError('validation_failed', 'This recipe gives a coupon: choose a coupon pool', { errors: [{ path: 'couponPoolId', message: 'Required for this recipe' }] });
  }
  return withWorkspace(ctx.db, ctx.workspaceId, async (tx) => {
    const problem = d.couponPoolId && (await couponPoolProblems(tx, ctx.workspaceId, [d.couponPoolId])).get(d.couponPoolId);
    if (problem) throw new AppError('validation_failed', 'The coupon pool cannot issue codes', { errors: [{ path: 'couponPoolId', message: problem }] });
    const entries = Object.entries(recipe.templates);
    const ids = await createTemplatesIn(tx, ctx.workspaceId, ctx.actor.label, entries.map(([, t]) => t));
    const templateIds = Object.fromEntries(entries.map(([k], i) => [k, ids[i]!]));
    const definition = journeyDefinitionSchema.parse(recipe.build(templateIds, recipe.needsCouponPool ? d.couponPoolId : undefined));
    const problems = graphErrors(definition);
    if (problems.length) throw new AppError('internal', `recipe ${key} is not a valid journey: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
    return insertJourney(tx, ctx, { name: d.name ?? recipe.name, description: recipe.description, definition });
  });
}
