// Fields a list's serializer hands PostHog's CSV renderer as Python datetime objects, which csv.writer
// prints with str() ("2026-11-20 10:15:00.123456+00:00") where the JSON renderer writes ISO with a T
// and Z. The persons list builds its rows by hand from the person models (posthog/queries/
// actor_base_query.py get_serialized_people: created_at straight from the model); the events list's
// serializer already turns its timestamp into an ISO string, and DRF's DateTimeField does the same
// for the other lists.
const DATETIME_FIELDS: readonly [RegExp, readonly string[]][] = [
  [/^\/api\/(environments|projects)\/\{project_id\}\/persons\/$/, ["created_at", "last_seen_at"]],
];

export function datetimeFieldsFor(path: string): readonly string[] {
  return DATETIME_FIELDS.find(([pattern]) => pattern.test(path))?.[1] ?? [];
}
