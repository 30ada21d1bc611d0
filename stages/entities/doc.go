// Package entities finds named entities (PERSON, ORG, GPE, LOC, NORP, FAC,
// EVENT) in the sentences of content zones and gives each mention a
// canonical name and a dataset-wide entity id.
package entities
