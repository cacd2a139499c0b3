package apperr

// Validation collects field errors; Err returns nil when there are none.
type Validation struct {
	fields map[string]FieldError
}

// Add records a problem with a field; the first problem per field wins.
func (v *Validation) Add(field, code string, params map[string]any) {
	if v.fields == nil {
		v.fields = map[string]FieldError{}
	}
	if _, seen := v.fields[field]; !seen {
		v.fields[field] = FieldError{Code: code, Params: params}
	}
}

// Has says whether the field already has a problem.
func (v *Validation) Has(field string) bool {
	_, ok := v.fields[field]
	return ok
}

// Err returns the collected errors as one validation error, or nil.
func (v *Validation) Err() error {
	if len(v.fields) == 0 {
		return nil
	}
	return &Error{Kind: KindValidation, Code: "errors.validation", Fields: v.fields}
}

// Field returns a validation error for a single field.
func Field(field, code string, params map[string]any) error {
	var v Validation
	v.Add(field, code, params)
	return v.Err()
}

// RenameFields returns err with its field names mapped through names, so a
// form that shows another area's fields under its own names can place them.
func RenameFields(err error, names map[string]string) error {
	e, ok := As(err)
	if !ok || e.Kind != KindValidation {
		return err
	}
	var v Validation
	for field, fe := range e.Fields {
		if renamed, ok := names[field]; ok {
			field = renamed
		}
		v.Add(field, fe.Code, fe.Params)
	}
	return v.Err()
}
