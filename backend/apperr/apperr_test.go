package apperr

import (
	"errors"
	"fmt"
	"testing"
)

func TestKindsMatchThroughWrapping(t *testing.T) {
	err := fmt.Errorf("company: save: %w", Conflict("company"))
	if !errors.Is(err, ErrConflict) {
		t.Fatal("a wrapped conflict should match ErrConflict")
	}
	if errors.Is(err, ErrNotFound) {
		t.Fatal("a conflict must not match ErrNotFound")
	}
	e, ok := As(err)
	if !ok || e.Code != "errors.conflict.company" {
		t.Fatalf("As = %v, %v", e, ok)
	}
}

func TestValidationKeepsFirstProblemPerField(t *testing.T) {
	var v Validation
	if v.Err() != nil {
		t.Fatal("no problems should give a nil error")
	}
	v.Add("name", "validation.required", nil)
	v.Add("name", "validation.tooLong", map[string]any{"max": 10})
	v.Add("phone", "validation.phone", nil)
	e, ok := As(v.Err())
	if !ok || e.Kind != KindValidation {
		t.Fatalf("want a validation error, got %v", v.Err())
	}
	if got := e.Fields["name"].Code; got != "validation.required" {
		t.Fatalf("name code = %q", got)
	}
	if len(e.Fields) != 2 {
		t.Fatalf("fields = %v", e.Fields)
	}
}
