package customer

import "steady/backend/apperr"

// HealthFilter is how the list filters by after-sales health (the service
// area knows its tables): CustomerCondition renders a filter's name as an
// SQL condition on customers c, ok false for a name it does not know.
type HealthFilter interface {
	CustomerCondition(name string) (cond string, args []any, ok bool)
}

// SetHealthFilter wires the after-sales area in. Without it the list takes
// no health filter.
func (s *Service) SetHealthFilter(h HealthFilter) { s.health = h }

// withHealth adds the list query's health filter to f.
func (s *Service) withHealth(f filter, name string) (filter, error) {
	if name == "" {
		return f, nil
	}
	var cond string
	var args []any
	ok := false
	if s.health != nil {
		cond, args, ok = s.health.CustomerCondition(name)
	}
	if !ok {
		return f, apperr.Field("health", "validation.invalidChoice", nil)
	}
	f.where += " AND " + cond
	f.args = append(f.args, args...)
	return f, nil
}
