package pipeline

import "github.com/apache/arrow-go/v18/arrow"

// TypeName is how docs/SCHEMA.md and `newsclaims schema` write a column's
// Arrow type: string, int32, float64, bool, date, list<string>, list<int32>.
func TypeName(t arrow.DataType) string {
	switch t.ID() {
	case arrow.STRING:
		return "string"
	case arrow.DATE32:
		return "date"
	case arrow.LIST:
		return "list<" + TypeName(t.(*arrow.ListType).Elem()) + ">"
	}
	return t.String()
}
