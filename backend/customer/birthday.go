package customer

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Birthday is a contact's coming birthday with greetings ready to copy.
type Birthday struct {
	ContactID    string `json:"contactId"`
	ContactName  string `json:"contactName"`
	CustomerID   string `json:"customerId"`
	CustomerName string `json:"customerName"`
	On           string `json:"on"`     // the local date of the birthday, YYYY-MM-DD
	InDays       int    `json:"inDays"` // 0 is today
	Age          int    `json:"age"`    // 0 when the year of birth is unknown
	GreetingZh   string `json:"greetingZh"`
	GreetingEn   string `json:"greetingEn"`
}

// birthdaysQuery reads the contacts of one owner's customers whose birthday
// falls on one of n month-days. Asking for a non-empty birthday_md lets SQLite
// use the partial birthday index (a few contacts a day) instead of walking
// every customer.
func birthdaysQuery(n int) string {
	return `SELECT p.id, p.name, c.id, c.name, p.birthday, p.birthday_md
		FROM contacts p JOIN customers c ON c.id = p.customer_id
		WHERE c.owner_id = ? AND c.deleted_at IS NULL AND p.deleted_at IS NULL
		AND p.birthday_md <> '' AND p.birthday_md IN (` + strings.TrimSuffix(strings.Repeat("?, ", n), ", ") + `)`
}

// birthdays lists birthdays from day to day + lead days of the contacts of
// the user's customers, soonest first.
func (s *Service) birthdays(ctx context.Context, userID string, day time.Time) ([]Birthday, error) {
	st, err := loadSettings(ctx, s.db.Read())
	if err != nil {
		return nil, err
	}
	dates := birthdayWindow(day, st.BirthdayLeadDays)
	keys := make([]any, 0, len(dates)+1)
	keys = append(keys, userID)
	for md := range dates {
		keys = append(keys, md)
	}
	rows, err := s.db.Read().QueryContext(ctx, birthdaysQuery(len(dates)), keys...)
	if err != nil {
		return nil, fmt.Errorf("customer: birthdays: %w", err)
	}
	defer rows.Close()
	out := []Birthday{}
	for rows.Next() {
		var b Birthday
		var full, md string
		if err := rows.Scan(&b.ContactID, &b.ContactName, &b.CustomerID, &b.CustomerName, &full, &md); err != nil {
			return nil, fmt.Errorf("customer: birthdays: %w", err)
		}
		on := dates[md]
		b.On, b.InDays = on.Format(time.DateOnly), daysBetween(day, on)
		b.Age = ageOn(full, on)
		b.GreetingZh = strings.ReplaceAll(st.GreetingZh, "{name}", b.ContactName)
		b.GreetingEn = strings.ReplaceAll(st.GreetingEn, "{name}", b.ContactName)
		out = append(out, b)
	}
	sortBirthdays(out)
	return out, rows.Err()
}

// birthdayWindow maps each "MM-DD" from day to day + lead days to its date.
func birthdayWindow(day time.Time, lead int) map[string]time.Time {
	dates := map[string]time.Time{}
	for i := 0; i <= lead; i++ {
		d := day.AddDate(0, 0, i)
		dates[d.Format("01-02")] = d
		if d.Month() == time.February && d.Day() == 28 && !isLeap(d.Year()) {
			dates["02-29"] = d // born on 29 February: remind on the 28th
		}
	}
	return dates
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// ageOn is the age reached on date on, or 0 when the year of birth is unknown.
func ageOn(birthday string, on time.Time) int {
	if len(birthday) != len(time.DateOnly) {
		return 0
	}
	born, err := time.Parse(time.DateOnly, birthday)
	if err != nil {
		return 0
	}
	return on.Year() - born.Year()
}

func sortBirthdays(list []Birthday) {
	slices.SortFunc(list, func(a, b Birthday) int {
		return cmp.Or(cmp.Compare(a.InDays, b.InDays), strings.Compare(a.ContactName, b.ContactName))
	})
}
