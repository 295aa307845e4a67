// Names the page and the service worker share for the feed.
export const FEED_BASE_PATH = '/feed/';
export const FEED_SYNC_TAG = 'ole-feed';
/** A BroadcastChannel on which whoever applied a new feed tells the open pages. */
export const FEED_CHANNEL = 'ole-feed';
