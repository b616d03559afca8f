/** The request a kommune sends SSB for its KOSTRA figures (docs/kostra.md, step 1). */

/**
 * The query for SSB's statistics bank (table 12362, net operating expenditure by function) for `kommune` and the
 * country, as docs/kostra.md gives it: what `kommune-widgets kostra` turns into the budget. Shown to the
 * person who runs it (the editors' page, the docs); nothing here sends it.
 */
export function kostraQuery(kommune: string): string {
  return `curl -s -X POST 'https://data.ssb.no/api/v0/no/table/12362' \\
  -H 'Content-Type: application/json' \\
  -o svar.json \\
  -d '{
  "query": [
    { "code": "KOKkommuneregion0000", "selection": { "filter": "item", "values": ["${kommune}", "EAK"] } },
    { "code": "KOKfunksjon0000", "selection": { "filter": "all", "values": ["*"] } },
    { "code": "KOKart0000", "selection": { "filter": "item", "values": ["AGD2"] } },
    { "code": "ContentsCode", "selection": { "filter": "all", "values": ["*"] } },
    { "code": "Tid", "selection": { "filter": "top", "values": ["2"] } }
  ],
  "response": { "format": "json-stat2" }
}'`;
}
