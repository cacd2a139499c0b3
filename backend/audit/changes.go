package audit

import (
	"bytes"
	"encoding/json"
	"slices"
)

// Change is one field a change set or altered, its values as compact JSON
// text ("" where it had none).
type Change struct {
	Field  string `json:"field"`
	Before string `json:"before"`
	After  string `json:"after"`
}

// Diff lists the top-level fields whose value differs between the stored
// before and after, in name order. Rows that are not JSON objects (or none)
// count as empty objects.
func Diff(before, after string) []Change {
	b, a := fields(before), fields(after)
	names := make([]string, 0, len(a)+len(b))
	for k := range a {
		names = append(names, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			names = append(names, k)
		}
	}
	slices.Sort(names)
	out := []Change{}
	for _, k := range names {
		if !bytes.Equal(compact(b[k]), compact(a[k])) && !(blank(b[k]) && blank(a[k])) {
			out = append(out, Change{Field: k, Before: text(b[k]), After: text(a[k])})
		}
	}
	return out
}

// Label is the name a person knows the record by, as the row stored it:
// its name, title, number or login, from after (or before, for a deletion);
// a merge stores the customer under "customer".
func Label(before, after string) string {
	for _, doc := range []string{after, before} {
		f := fields(doc)
		if nested, ok := f["customer"]; ok {
			f = fieldsOf(nested)
		}
		for _, key := range []string{"name", "title", "number", "login"} {
			var s string
			if json.Unmarshal(f[key], &s) == nil && s != "" {
				return s
			}
		}
	}
	return ""
}

func fields(doc string) map[string]json.RawMessage {
	if doc == "" {
		return map[string]json.RawMessage{}
	}
	return fieldsOf(json.RawMessage(doc))
}

func fieldsOf(raw json.RawMessage) map[string]json.RawMessage {
	m := map[string]json.RawMessage{}
	if json.Unmarshal(raw, &m) != nil {
		return map[string]json.RawMessage{}
	}
	return m
}

// compact is raw without spacing; null is no value.
func compact(raw json.RawMessage) []byte {
	if raw == nil {
		return nil
	}
	var buf bytes.Buffer
	if json.Compact(&buf, raw) != nil {
		return raw
	}
	if buf.String() == "null" {
		return nil
	}
	return buf.Bytes()
}

// text shows a string as itself and anything else as compact JSON.
func text(raw json.RawMessage) string {
	if compact(raw) == nil {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(compact(raw))
}

// blank is no value worth showing: absent, null, "", [] or {} (a creation
// stores every empty field, which changed nothing a person would see).
func blank(raw json.RawMessage) bool {
	switch string(compact(raw)) {
	case "", `""`, "[]", "{}":
		return true
	}
	return false
}
