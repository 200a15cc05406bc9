/**
 * The size limit of one batch of insight events, apart from the events' schema
 * so that the renderer, which only needs the number, does not bundle the validator.
 */

/** The most events one batch from the renderer may carry (a long visit fits easily). */
export const MAX_BATCH = 500;
