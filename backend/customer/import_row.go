package customer

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"steady/backend/apperr"
	"steady/backend/pinyin"
)

// importRecord is one data row read as a customer and, when the row names
// one, a contact. set holds the fields whose cells had text.
type importRecord struct {
	line    int
	in      CustomerInput
	contact *ContactInput
	set     map[string]bool
	// list cells (kind, stage, source): how many were read through a
	// synonym, case or width, and those that name nothing in the list
	mapped  int
	unknown []listCell
	notes   []string // lines added to the customer's notes (see importRun.lists)
	// what only a new customer takes: the tag a type or level cell gives,
	// and notes of an owner no user matches and of the old system's
	// created time (see import_crm.go)
	extraTags  []string
	newNotes   []string
	ownerKnown bool // false when the owner cell named no user (the importing user owns the row)
}

// listCell is a list cell that names no value in the list, as typed.
type listCell struct{ field, cell string }

// columnIndex maps field keys to the column that holds them.
type columnIndex map[string]int

func indexOf(mapping []string) columnIndex {
	cols := columnIndex{}
	for i, key := range mapping {
		if key != "" {
			cols[key] = i
		}
	}
	return cols
}

// contactFields are the validation field names of a row's contact, as the
// import calls them.
var contactFields = map[string]string{"contact.name": "contactName", "contact.title": "contactTitle",
	"contact.phone": "contactPhone", "contact.email": "contactEmail", "contact.wechat": "contactWechat",
	"contact.birthday": "contactBirthday", "contacts.0.name": "contactName", "contacts.0.title": "contactTitle",
	"contacts.0.phone": "contactPhone", "contacts.0.email": "contactEmail", "contacts.0.wechat": "contactWechat",
	"contacts.0.birthday": "contactBirthday", "ownerId": "owner"}

// parseRecord reads and checks one row, so that a bad row is refused
// before anything is written.
func parseRecord(row ImportRow, cols columnIndex, owners ownerIndex) (importRecord, error) {
	get := func(key string) string {
		at, ok := cols[key]
		if !ok {
			return ""
		}
		return row.cell(at)
	}
	rec := importRecord{line: row.Line, set: map[string]bool{}}
	for key := range cols {
		rec.set[key] = get(key) != ""
	}
	var v apperr.Validation
	address := joinAddress(get("district"), get("address"), get("zip"))
	rec.set["address"] = address != ""
	rec.in = CustomerInput{Name: get("name"), Industry: get("industry"), Region: get("region"), City: get("city"),
		Country: get("country"), Address: address, Phone: get("phone"), Email: get("email"),
		WeChat: get("wechat"), Website: get("website"), Notes: get("notes"), Tags: splitTags(get("tags"))}
	rec.in.Kind = rec.readList("kind", get("kind"), kindWords, KindCompany, KindCompany, KindPerson)
	rec.in.Stage = rec.readList("stage", get("stage"), stageWords, StageLead, StartStages()...)
	rec.in.Source = rec.readList("source", get("source"), sourceWords, "", Sources()...)
	rec.readLevel(get("level"))
	var owner string
	if owner, rec.ownerKnown = owners.lookup(get("owner")); !rec.ownerKnown {
		rec.newNotes = append(rec.newNotes, ownerNote(strings.TrimSpace(get("owner"))))
	}
	rec.in.OwnerID = owner
	if created := strings.TrimSpace(get("createdAt")); created != "" {
		rec.newNotes = append(rec.newNotes, createdNote(created))
	}
	rec.in = cleanCustomer(&v, rec.in)
	if hasContact(rec.set) {
		p := cleanContact(&v, "contact.", ContactInput{Name: get("contactName"), Title: get("contactTitle"),
			Phone: get("contactPhone"), Email: get("contactEmail"), WeChat: get("contactWechat"),
			Birthday: parseBirthday(get("contactBirthday"))})
		rec.contact = &p
	}
	return rec, apperr.RenameFields(v.Err(), contactFields)
}

func hasContact(set map[string]bool) bool {
	for _, key := range []string{"contactName", "contactTitle", "contactPhone", "contactEmail", "contactWechat", "contactBirthday"} {
		if set[key] {
			return true
		}
	}
	return false
}

// readList reads a kind, stage or source cell as one of codes (or def for
// an empty cell). A cell that names none of them is no reason to refuse
// the row: it gives def and is kept in rec.unknown for the run to resolve
// (a stage a new customer cannot start in counts as naming none).
func (rec *importRecord) readList(field, cell string, words map[string]string, def string, codes ...string) string {
	cell = strings.TrimSpace(cell)
	w, ok := wordOf(cell, words, def, codes...)
	if ok && (w == def || slices.Contains(codes, w)) {
		if cell != "" && cell != w {
			rec.mapped++
		}
		return w
	}
	rec.unknown = append(rec.unknown, listCell{field: field, cell: cell})
	return def
}

var tagSeparators = regexp.MustCompile(`[,，;；、|｜]`)

func splitTags(cell string) []string {
	if strings.TrimSpace(cell) == "" {
		return nil
	}
	return tagSeparators.Split(cell, -1) // cleanTags trims and drops empties
}

var (
	fullDate    = regexp.MustCompile(`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$`)
	monthDay    = regexp.MustCompile(`^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$`)
	compactDate = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})$`)
	excelDate   = regexp.MustCompile(`^[1-9]\d{3,4}(\.0+)?$`)
)

// parseBirthday reads the ways people write a birthday ("1988/3/8",
// "1988年3月8日", "3月8日", an Excel date) as YYYY-MM-DD or MM-DD; anything
// else is left for cleanContact to refuse.
func parseBirthday(cell string) string {
	cell = strings.TrimSpace(pinyin.Fold(cell))
	if m := fullDate.FindStringSubmatch(cell); m != nil {
		return m[1] + "-" + twoDigits(m[2]) + "-" + twoDigits(m[3])
	}
	if m := compactDate.FindStringSubmatch(cell); m != nil {
		return m[1] + "-" + m[2] + "-" + m[3]
	}
	if m := monthDay.FindStringSubmatch(cell); m != nil {
		return twoDigits(m[1]) + "-" + twoDigits(m[2])
	}
	if excelDate.MatchString(cell) {
		days, _ := strconv.ParseFloat(cell, 64)
		// Excel counts days from 1899-12-30 (its 1900 leap-year bug included)
		return time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days)).Format(time.DateOnly)
	}
	return cell
}

func twoDigits(s string) string {
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

// ownerIndex finds a user by login or by name (folded); "" marks a name
// two users share.
type ownerIndex map[string]string

func loadOwners(ctx context.Context, q Querier) (ownerIndex, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, login, name FROM users WHERE deleted_at IS NULL AND active = 1`)
	if err != nil {
		return nil, fmt.Errorf("customer: import owners: %w", err)
	}
	defer rows.Close()
	idx := ownerIndex{}
	for rows.Next() {
		var id, login, name string
		if err := rows.Scan(&id, &login, &name); err != nil {
			return nil, fmt.Errorf("customer: import owners: %w", err)
		}
		idx["login:"+strings.ToLower(login)] = id
		key := "name:" + strings.ToLower(strings.TrimSpace(name))
		if _, dup := idx[key]; dup {
			id = ""
		}
		idx[key] = id
	}
	return idx, rows.Err()
}

// lookup returns the id of the user a cell names by login or name ("" for
// an empty cell); known is false when the cell names no active user, or a
// name two users share: the importing user then owns the row (a switch
// from another CRM names people who never get a Steady login).
func (idx ownerIndex) lookup(cell string) (id string, known bool) {
	cell = strings.TrimSpace(cell)
	if cell == "" {
		return "", true
	}
	if id, ok := idx["login:"+strings.ToLower(cell)]; ok {
		return id, true
	}
	if id := idx["name:"+strings.ToLower(cell)]; id != "" {
		return id, true
	}
	return "", false
}
