# Replace one document in a newskg store, in one request (so one transaction).
# Each document has its own named graph; the default graph is the merge of them
# all (each triple once, however many documents state it), kept here as well.
# kg.store fills in the document id, content hash and origin (the file it was
# read from; string literals, the origin left out when unknown), the
# graph the id had ($old; the new graph when the id is new), the new graph and
# the facts (triples) as N-Triples terms, never as raw text.
PREFIX store: <https://w3id.org/newskg/store#>

# 1. Out of the merge: the old graph's triples that no other graph holds.
DELETE { ?s ?p ?o }
WHERE {
  GRAPH $old { ?s ?p ?o }
  FILTER NOT EXISTS { GRAPH ?other { ?s ?p ?o } FILTER (?other != $old) }
} ;

# 2. The old graph and the id's index entry.
DROP SILENT GRAPH $old ;
DELETE WHERE { GRAPH store:index { ?graph store:documentId $doc ; ?p ?o } } ;
DROP SILENT GRAPH $graph ;

# 3. The new facts, into the merge and into the document's graph, and its index entry.
INSERT DATA {
$facts
  GRAPH $graph {
$facts
  }
  GRAPH store:index { $graph store:documentId $doc ; store:contentHash $hash $origin }
}
