import { defineListUrlState } from "@/lib/list-url/list-url-state";

/** The batches list's URL: only the page (cursor and size); batches are always newest first. */
export const batchListUrl = defineListUrlState({ filters: {}, sortFields: [] });
