# Make the default graph the merge of every named graph (each triple once),
# as kg.store keeps it: for RDF files with named graphs, before serving them.
INSERT { ?s ?p ?o }
WHERE { GRAPH ?g { ?s ?p ?o } }
