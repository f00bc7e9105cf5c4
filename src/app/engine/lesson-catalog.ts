// The lessons and challenges (JSON data): imported only by what shows them, so they load on demand.
export { lessonCatalog } from '../../engine/lessons/catalog.ts'
