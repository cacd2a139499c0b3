package app

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
)

// The role × method table: every method Wails binds, as every role, is
// allowed, forbidden or scoped, and the test fails on a bound method without
// a row, so a method added later is covered too. Forbidden calls must come
// back as the typed forbidden error and change nothing in the database; a
// signed-out caller gets "unauthenticated" from every method that acts for a
// user. The rows live in permissions_rows_*_test.go, one file per area.

// outcome is what a role meets calling a method.
type outcome int

const (
	allowed   outcome = iota + 1 // succeeds
	forbidden                    // the typed forbidden error, nothing written
	scoped                       // succeeds, and the row's call checks that only the role's records came back
	public                       // needs no sign-in (first run, sign-in, code lists)
)

func (o outcome) String() string {
	return map[outcome]string{allowed: "allowed", forbidden: "forbidden", scoped: "scoped", public: "public"}[o]
}

// role indexes the three roles a row speaks for.
type role int

const (
	asOwner role = iota
	asManager
	asRep
)

func (r role) String() string { return [...]string{"owner", "manager", "rep"}[r] }

var roles = []role{asOwner, asManager, asRep}

// row is one bound method: what each role meets, and how to call it. call
// builds the method's arguments from the fixture (making the records it
// changes first) and calls it as r; a nil call is a method that cannot run
// in a test (it launches another program), with skip saying why and where
// it is covered instead.
type row struct {
	want [3]outcome // by role: owner, manager, rep
	call func(f *fixture, r role) error
	skip string
}

func every(o outcome) [3]outcome                      { return [3]outcome{o, o, o} }
func roleWise(owner, manager, rep outcome) [3]outcome { return [3]outcome{owner, manager, rep} }

// boundMethods lists "Type.Method" for every exported method of every value
// the app binds, by reflection.
func boundMethods(bound []any) []string {
	var out []string
	for _, b := range bound {
		t := reflect.TypeOf(b)
		for i := 0; i < t.NumMethod(); i++ {
			out = append(out, t.Elem().Name()+"."+t.Method(i).Name)
		}
	}
	sort.Strings(out)
	return out
}

// boundInMain reads main.go's Bind list: the constructors it calls
// (app.NewCompany → "Company") and the session, so that a type bound there
// but not built by the fixture fails the test.
func boundInMain(t *testing.T) []string {
	t.Helper()
	file, err := parser.ParseFile(token.NewFileSet(), "../main.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	ast.Inspect(file, func(n ast.Node) bool {
		kv, ok := n.(*ast.KeyValueExpr)
		if !ok || fmt.Sprint(kv.Key) != "Bind" {
			return true
		}
		for _, el := range kv.Value.(*ast.CompositeLit).Elts {
			switch e := el.(type) {
			case *ast.Ident:
				names = append(names, strings.ToUpper(e.Name[:1])+e.Name[1:])
			case *ast.CallExpr:
				names = append(names, strings.TrimPrefix(e.Fun.(*ast.SelectorExpr).Sel.Name, "New"))
			}
		}
		return false
	})
	sort.Strings(names)
	return names
}

func TestEveryBoundMethodHasAPermissionRow(t *testing.T) {
	f := newFixture(t)
	var types []string
	for _, b := range f.bound {
		types = append(types, reflect.TypeOf(b).Elem().Name())
	}
	sort.Strings(types)
	if main := boundInMain(t); !slices.Equal(main, types) {
		t.Errorf("main.go binds %v; the permission test builds %v", main, types)
	}
	table := permissionRows()
	methods := boundMethods(f.bound)
	for _, m := range methods {
		if _, ok := table[m]; !ok {
			t.Errorf("%s is bound but has no permission row", m)
		}
	}
	for m, r := range table {
		if !slices.Contains(methods, m) {
			t.Errorf("the row %s names no bound method", m)
		}
		if r.call == nil && r.skip == "" {
			t.Errorf("%s: a row without a call says why", m)
		}
		for _, o := range r.want {
			if o == 0 {
				t.Errorf("%s: every role needs an outcome", m)
			}
		}
	}
}

func TestEveryRoleMeetsEachBoundMethodAsTheTableSays(t *testing.T) {
	table := permissionRows()
	names := make([]string, 0, len(table))
	for m := range table {
		names = append(names, m)
	}
	sort.Strings(names)
	for _, r := range roles {
		t.Run(r.String(), func(t *testing.T) {
			f := newFixture(t)
			for _, m := range names {
				row := table[m]
				if row.call == nil {
					continue
				}
				f.signIn(r)
				want := row.want[r]
				f.watch, f.mark = want == forbidden, ""
				f.ready()
				err := row.call(f, r)
				switch want {
				case forbidden:
					if kind := errKind(err); kind != "forbidden" {
						t.Errorf("%s as %s: want forbidden, got %v", m, r, err)
					} else if after := f.fingerprint(); after != f.mark {
						t.Errorf("%s as %s: refused, but the database changed", m, r)
					}
				default:
					if err != nil {
						t.Errorf("%s as %s: want %s, got %v", m, r, want, err)
					}
				}
			}
		})
	}
}

// Signed out, every method that acts for a user refuses as unauthenticated
// and writes nothing.
func TestSignedOutCallsAreRefused(t *testing.T) {
	f := newFixture(t)
	table := permissionRows()
	for m, row := range table {
		if row.call == nil || row.want[asOwner] == public {
			continue
		}
		f.signOut()
		f.watch = true
		f.ready()
		if err := row.call(f, asOwner); errKind(err) != "unauthenticated" {
			t.Errorf("%s signed out: %v", m, err)
		} else if f.fingerprint() != f.mark {
			t.Errorf("%s signed out changed the database", m)
		}
	}
}

// ready marks the database as it is before a call that must change
// nothing: a row calls it again once it has made the records it works on.
func (f *fixture) ready() {
	if f.watch {
		f.mark = f.fingerprint()
	}
}

// errKind is the kind of a typed error as the frontend receives it.
func errKind(err error) string {
	if err == nil {
		return ""
	}
	var e struct {
		Kind string `json:"kind"`
	}
	if json.Unmarshal([]byte(err.Error()), &e) != nil {
		return "untyped: " + err.Error()
	}
	return e.Kind
}

// fingerprint hashes every row of every table, so a refused call that wrote
// anything (an audit row included) is seen.
func (f *fixture) fingerprint() string {
	f.t.Helper()
	db := f.core.DB.Read()
	rows, err := db.Query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
	if err != nil {
		f.t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			f.t.Fatal(err)
		}
		tables = append(tables, n)
	}
	rows.Close()
	h := sha256.New()
	for _, name := range tables {
		rs, err := db.Query(`SELECT * FROM "` + name + `"`)
		if err != nil {
			continue // an FTS shadow table that cannot be read alone
		}
		cols, _ := rs.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rs.Next() {
			if err := rs.Scan(ptrs...); err != nil {
				f.t.Fatal(err)
			}
			fmt.Fprintf(h, "%s%v\n", name, vals)
		}
		rs.Close()
	}
	return hex.EncodeToString(h.Sum(nil))
}
