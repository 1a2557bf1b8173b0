# Replace one document in a newskg store, in one request (so one transaction):
# drop the graph its id had, then write its facts and its index entry.
# kg.store fills $doc, $hash (string literals), $graph (an IRI) and $facts
# (triples) with N-Triples terms it serialises itself, never with raw text.
PREFIX store: <https://w3id.org/newskg/store#>

DELETE { GRAPH ?old { ?s ?p ?o } }
WHERE  { GRAPH store:index { ?old store:documentId $doc } GRAPH ?old { ?s ?p ?o } } ;

DELETE WHERE { GRAPH store:index { ?old store:documentId $doc ; ?p ?o } } ;

DROP SILENT GRAPH $graph ;

INSERT DATA {
  GRAPH $graph {
$facts
  }
  GRAPH store:index { $graph store:documentId $doc ; store:contentHash $hash }
}
