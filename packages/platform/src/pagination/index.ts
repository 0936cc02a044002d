export { MAX_PAGE_SIZE, checkPageSize, encodeCursor, decodeCursor, pageOf, emptyPage, type Page } from './page';
