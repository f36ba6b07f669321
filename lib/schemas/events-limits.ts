// Free of zod on purpose: the live-events poller runs on every dashboard page, and zod would add
// ~30 kB to each page's first load just for this number.

/** Events per `GET /api/events` answer. A full answer means more are waiting: the poller asks again. */
export const EVENTS_PER_CALL = 500;
