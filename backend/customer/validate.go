package customer

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"steady/backend/apperr"
	"steady/backend/validate"
)

// Limits on free text, in characters.
const (
	maxName    = 100
	maxShort   = 50
	maxAddress = 200
	maxNotes   = 2000
	maxTags    = 20
	maxTag     = 20
)

// cleanCustomer checks a customer's own fields and returns them normalised;
// the source's place in the list is checked by checkSource.
func cleanCustomer(v *apperr.Validation, in CustomerInput) CustomerInput {
	in.Kind = validate.OneOf(v, "kind", strings.TrimSpace(in.Kind), "validation.invalidKind", KindCompany, KindPerson)
	in.Name = validate.Text(v, "name", in.Name, true, maxName)
	in.Source = validate.Text(v, "source", in.Source, false, maxShort) // checkSource knows the list
	in.Industry = validate.Text(v, "industry", in.Industry, false, maxShort)
	in.Region = validate.Text(v, "region", in.Region, false, maxShort)
	in.City = validate.Text(v, "city", in.City, false, maxShort)
	in.Country = validate.Text(v, "country", in.Country, false, maxShort)
	in.Address = validate.Text(v, "address", in.Address, false, maxAddress)
	in.Phone = validate.Phone(v, "phone", in.Phone)
	in.Email = validate.Email(v, "email", in.Email)
	in.WeChat = validate.Text(v, "wechat", in.WeChat, false, maxShort)
	in.Website = validate.Text(v, "website", in.Website, false, maxAddress)
	in.Notes = validate.Text(v, "notes", in.Notes, false, maxNotes)
	in.Tags = cleanTags(v, in.Tags)
	return in
}

// cleanTags trims, drops empty and repeated tags, and limits their number
// and length.
func cleanTags(v *apperr.Validation, tags []string) []string {
	out := []string{}
	for _, t := range tags {
		t = strings.TrimSpace(t)
		if t == "" || slices.Contains(out, t) {
			continue
		}
		if utf8.RuneCountInString(t) > maxTag {
			v.Add("tags", "validation.tooLong", map[string]any{"max": maxTag})
		}
		out = append(out, t)
	}
	if len(out) > maxTags {
		v.Add("tags", "validation.tooManyTags", map[string]any{"max": maxTags})
	}
	return out
}

// cleanContact checks a contact; prefix places nested errors ("contacts.0.").
func cleanContact(v *apperr.Validation, prefix string, in ContactInput) ContactInput {
	in.Name = validate.Text(v, prefix+"name", in.Name, true, maxShort)
	in.Title = validate.Text(v, prefix+"title", in.Title, false, maxShort)
	in.Phone = validate.Phone(v, prefix+"phone", in.Phone)
	in.Email = validate.Email(v, prefix+"email", in.Email)
	in.WeChat = validate.Text(v, prefix+"wechat", in.WeChat, false, maxShort)
	in.Birthday = strings.TrimSpace(in.Birthday)
	if _, ok := birthdayMonthDay(in.Birthday); !ok {
		v.Add(prefix+"birthday", "validation.invalidBirthday", nil)
	}
	return in
}

// cleanNewContacts checks the contacts sent with a new customer: each one,
// and that at most one is primary.
func cleanNewContacts(v *apperr.Validation, in []ContactInput) []ContactInput {
	primaries := 0
	for i := range in {
		prefix := fmt.Sprintf("contacts.%d.", i)
		in[i] = cleanContact(v, prefix, in[i])
		if in[i].Primary {
			primaries++
			if primaries > 1 {
				v.Add(prefix+"primary", "validation.onePrimary", nil)
			}
		}
	}
	return in
}

// birthdayMonthDay accepts "", "MM-DD" (year unknown) or "YYYY-MM-DD" and
// returns the "MM-DD" part.
func birthdayMonthDay(s string) (string, bool) {
	switch len(s) {
	case 0:
		return "", true
	case len("01-02"):
		// 2000 is a leap year, so 02-29 is accepted
		if _, err := time.Parse(time.DateOnly, "2000-"+s); err != nil {
			return "", false
		}
		return s, true
	case len(time.DateOnly):
		if _, err := time.Parse(time.DateOnly, s); err != nil {
			return "", false
		}
		return s[5:], true
	}
	return "", false
}
