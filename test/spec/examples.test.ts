// Every example in the spec validates against its own schema, checked by Ajv (JSON Schema 2020-12,
// the dialect of OpenAPI 3.1).
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { bundledSpec as doc, deref, operationsOf, type Json } from "../helpers/spec.js";

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** An Ajv that knows the spec's component schemas, under "openapi.json#/$defs/<name>". */
function specValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  // OpenAPI's own schema keywords and this spec's extensions; anything else unknown is an error.
  for (const keyword of ["example", "discriminator", "xml", "externalDocs", "x-sse-message"]) {
    ajv.addKeyword(keyword);
  }
  const rewrite = (node: Json): Json =>
    JSON.parse(JSON.stringify(node).replace(/"#\/components\/schemas\//g, '"openapi.json#/$defs/'));
  ajv.addSchema({ $id: "openapi.json", $defs: rewrite(doc.components.schemas) });
  return { compile: (schema: Json) => ajv.compile(rewrite(schema)) };
}

const validator = specValidator();

interface Case {
  where: string;
  schema: Json;
  value: Json;
}

/** Every example of every response (and parameter) media type, with the schema it must satisfy. */
function collectExamples(): Case[] {
  const cases: Case[] = [];
  for (const { path, method, op } of operationsOf(doc)) {
    for (const [code, ref] of Object.entries(op.responses)) {
      for (const [type, media] of Object.entries(
        (deref(doc, ref).content ?? {}) as Record<string, Json>,
      )) {
        const where = `${method.toUpperCase()} ${path} ${code} ${type}`;
        if (media.example !== undefined)
          cases.push({ where, schema: media.schema, value: media.example });
        for (const [name, example] of Object.entries(
          (media.examples ?? {}) as Record<string, Json>,
        )) {
          cases.push({
            where: `${where} (${name})`,
            schema: media.schema,
            value: deref(doc, example).value,
          });
        }
      }
    }
  }
  return cases;
}

const cases = collectExamples();

describe("examples", () => {
  it("every operation with a JSON success answer has at least one example of it", () => {
    for (const { path, method, op } of operationsOf(doc)) {
      for (const [code, ref] of Object.entries(op.responses)) {
        if (!code.startsWith("2")) continue;
        const json = deref(doc, ref).content?.["application/json"];
        if (!json) continue;
        const count =
          (json.example !== undefined ? 1 : 0) + Object.keys(json.examples ?? {}).length;
        expect(count, `${method} ${path} ${code}`).toBeGreaterThan(0);
      }
    }
  });

  it.each(cases.map((c) => [c.where, c] as const))("%s validates", (_, { schema, value }) => {
    const validate = validator.compile(schema);
    const ok = validate(value);
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(ok).toBe(true);
  });

  it("the validator rejects an example that breaks its schema", () => {
    // A persons list page whose item has the retrieve endpoint's integer id: the docs' mistake.
    const op = doc.paths["/api/environments/{project_id}/persons/"].get;
    const media = op.responses["200"].content["application/json"];
    const good = deref(doc, media.examples.PersonsPage).value;
    const bad = structuredClone(good);
    bad.results[0].id = 1234567;
    const validate = validator.compile(media.schema);
    expect(validate(good)).toBe(true);
    expect(validate(bad)).toBe(false);
  });
});
