/** How many images and PDF attachments one notice may carry (zod-free, so the client can import it). */
export const NOTICE_IMAGES_MAX = 9
export const NOTICE_ATTACHMENTS_MAX = 5
