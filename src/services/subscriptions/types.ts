/** requestSubscribeMessage's answer: template id → accept | reject | ban | filter. */
export type SubscriptionAnswer = Record<string, 'accept' | 'reject' | 'ban' | 'filter'>

/**
 * Asks the person to allow one message for each template (at most 3, WeChat's limit a request).
 * `wanted` is the page's own choice where the platform has no dialog (H5). Never rejects.
 */
export type RequestSubscription = (templateIds: readonly string[], wanted: boolean) => Promise<SubscriptionAnswer>
