# Link a newskg store, in one request (so one transaction): the default graph
# becomes the merge of the document graphs, then kg.link's plan is applied to it
# (docs/graph-model.md, "One event, many reports"). kg.store fills in the plan
# as N-Triples terms, never as raw text.
PREFIX store: <https://w3id.org/newskg/store#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

# 1. The merge of the document graphs (each triple once), as put_document keeps it.
DROP SILENT DEFAULT ;
INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g != store:index) } ;

# 2. Reports merged into another event lose their own statements.
DELETE { ?s ?p ?o } WHERE { VALUES (?s) { $dropped } ?s ?p ?o } ;

# 3. Values the merge sets anew (confidence, mention count).
DELETE { ?s ?p ?o } WHERE { VALUES (?s ?p) { $unset } ?s ?p ?o } ;

# 4. Agreements merged into another: their statements move to it, their label
#    becomes an alternative label, and what pointed at them points at it.
DELETE { ?old ?p ?o } INSERT { ?new ?q ?o }
WHERE { VALUES (?old ?new) { $replaced } ?old ?p ?o BIND (IF(?p = rdfs:label, skos:altLabel, ?p) AS ?q) } ;
DELETE { ?s ?p ?old } INSERT { ?s ?p ?new } WHERE { VALUES (?old ?new) { $replaced } ?s ?p ?old } ;
DELETE { ?s skos:altLabel ?label } WHERE { VALUES (?s ?label) { $labels } ?s skos:altLabel ?label } ;

# 5. What the merges add: mentions, places, confidences, counts and merge records.
INSERT DATA {
$added
}
