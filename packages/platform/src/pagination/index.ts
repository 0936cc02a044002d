export { MAX_PAGE_SIZE, checkPageSize, encodeCursor, decodeCursor, decodeAfterId, pageOf, emptyPage, type Page } from './page';
