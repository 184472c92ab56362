/**
 * The data model's requirements a Hamish backup can break, as problems found (none = conformant).
 * W3C Web Annotation Data Model, sections 3 (annotation), 3.2 (TextualBody), 4.2 (selectors),
 * 5.1 (collection) and 5.2 (page); an annotation is checked as one copied out of the file on its own.
 */
const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const MOTIVATIONS = [
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
];
const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:[^\s<>"{}|\\^`]+$/i;
const URN_UUID = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** xsd:dateTime with a time zone, as the model asks (UTC preferred). */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const MEDIA_TYPE = /^[a-z]+\/[a-z0-9.+-]+$/;

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const hasAnnoContext = (value: unknown) =>
  value === ANNO_CONTEXT || (Array.isArray(value) && value.includes(ANNO_CONTEXT));
const isIri = (value: unknown) => typeof value === 'string' && ABSOLUTE_IRI.test(value);
const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;

export function collectionProblems(collection: Json): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => ok || problems.push(problem);
  check(hasAnnoContext(collection['@context']), 'collection @context lacks anno.jsonld');
  check(isIri(collection.id), 'collection id is not an IRI');
  check(collection.type === 'AnnotationCollection', 'collection type');
  check(typeof collection.label === 'string' && collection.label !== '', 'collection label');
  check(isCount(collection.total), 'collection total');
  const page = collection.first;
  if (!isObject(page)) return [...problems, 'collection first is not an embedded page'];
  check(page.type === 'AnnotationPage', 'page type');
  check(isIri(page.id), 'page id is not an IRI');
  check(page.partOf === undefined || page.partOf === collection.id, 'page partOf is not the collection');
  check(page.startIndex === undefined || page.startIndex === 0, 'first page startIndex is not 0');
  check(page.next === undefined, 'a single page has a next');
  check(collection.last === undefined || collection.last === page.id, 'collection last is not the page');
  const items = page.items;
  if (!Array.isArray(items)) return [...problems, 'page items is not an array'];
  check(collection.total === items.length, 'collection total does not count the items');
  items.forEach((item, index) => {
    const copied: unknown = JSON.parse(JSON.stringify(item));
    for (const problem of annotationProblems(copied)) problems.push(`items[${index}]: ${problem}`);
  });
  return problems;
}

export function annotationProblems(annotation: unknown): string[] {
  if (!isObject(annotation)) return ['not an object'];
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => ok || problems.push(problem);
  check(hasAnnoContext(annotation['@context']), '@context lacks anno.jsonld');
  check(typeof annotation.id === 'string' && URN_UUID.test(annotation.id), 'id is not a lower-case urn:uuid');
  check(annotation.type === 'Annotation', 'type');
  check(MOTIVATIONS.includes(annotation.motivation as string), 'motivation');
  for (const key of ['created', 'modified']) {
    check(typeof annotation[key] === 'string' && DATE_TIME.test(annotation[key]), `${key}`);
  }
  const creator = annotation.creator;
  check(
    isObject(creator) && isIri(creator.id) && creator.type === 'Person' && typeof creator.name === 'string',
    'creator',
  );
  const bodies = annotation.body;
  if (bodies !== undefined) {
    if (!Array.isArray(bodies) || bodies.length === 0) problems.push('body');
    else {
      for (const body of bodies) {
        check(
          isObject(body) &&
            body.type === 'TextualBody' &&
            typeof body.value === 'string' &&
            MOTIVATIONS.includes(body.purpose as string) &&
            (body.format === undefined || MEDIA_TYPE.test(body.format as string)),
          'textual body',
        );
      }
    }
  }
  check(annotation.motivation !== 'commenting' || Array.isArray(bodies), 'commenting without a body');
  const target = annotation.target;
  if (!isObject(target)) return [...problems, 'target'];
  check(isIri(target.source), 'target source is not an IRI');
  const selectors = target.selector;
  check(Array.isArray(selectors) && selectors.length > 0 && selectors.every(selectorValid), 'selector');
  return problems;
}

function selectorValid(selector: unknown): boolean {
  if (!isObject(selector)) return false;
  if (selector.type === 'TextQuoteSelector') {
    return (
      typeof selector.exact === 'string' &&
      ['prefix', 'suffix'].every((key) => selector[key] === undefined || typeof selector[key] === 'string')
    );
  }
  return (
    selector.type === 'TextPositionSelector' &&
    isCount(selector.start) &&
    isCount(selector.end) &&
    (selector.start as number) <= (selector.end as number)
  );
}
