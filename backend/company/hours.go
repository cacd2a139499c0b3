package company

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"steady/backend/apperr"
	"steady/backend/audit"
	"steady/backend/auth"
	"steady/backend/store"
)

// WorkingHours is the company's working week, set once: the ISO weekdays
// worked (1 Monday … 7 Sunday) and the local working day as "HH:MM". The
// after-sales targets count only these hours. Version is the company
// record's, as for the profile.
type WorkingHours struct {
	Days    []int  `json:"days"`
	Start   string `json:"start"`
	End     string `json:"end"`
	Version int    `json:"version"`
}

// Hours returns the company's working week.
func (s *Service) Hours(ctx context.Context) (WorkingHours, error) {
	return scanHours(s.db.Read().QueryRowContext(ctx, `SELECT work_days, work_start, work_end, version
		FROM company WHERE deleted_at IS NULL LIMIT 1`))
}

func scanHours(row *sql.Row) (WorkingHours, error) {
	var h WorkingHours
	var days string
	err := row.Scan(&days, &h.Start, &h.End, &h.Version)
	if errors.Is(err, sql.ErrNoRows) {
		return WorkingHours{}, apperr.NotFound("company")
	}
	if err != nil {
		return WorkingHours{}, fmt.Errorf("company: working hours: %w", err)
	}
	h.Days = []int{}
	for _, d := range strings.Split(days, ",") {
		if n, err := strconv.Atoi(strings.TrimSpace(d)); err == nil {
			h.Days = append(h.Days, n)
		}
	}
	return h, nil
}

// SaveHours changes the working week; only the owner may, naming the
// version read.
func (s *Service) SaveHours(ctx context.Context, actor auth.Actor, in WorkingHours) (WorkingHours, error) {
	if !actor.IsOwner() {
		return WorkingHours{}, apperr.Forbidden("errors.forbidden.ownerOnly")
	}
	in, err := cleanHours(in)
	if err != nil {
		return WorkingHours{}, err
	}
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		var id string
		if err := tx.QueryRowContext(ctx, `SELECT id FROM company WHERE deleted_at IS NULL LIMIT 1`).Scan(&id); err != nil {
			return fmt.Errorf("company: working hours: %w", err)
		}
		before, err := scanHours(tx.QueryRowContext(ctx, `SELECT work_days, work_start, work_end, version FROM company WHERE id = ?`, id))
		if err != nil {
			return err
		}
		if before.Version != in.Version {
			return apperr.Conflict("company")
		}
		_, err = tx.ExecContext(ctx, `UPDATE company SET work_days = ?, work_start = ?, work_end = ?, updated_at = ?,
			version = version + 1 WHERE id = ? AND version = ?`,
			joinDays(in.Days), in.Start, in.End, store.FormatTime(s.now()), id, in.Version)
		if err != nil {
			return fmt.Errorf("company: save working hours: %w", err)
		}
		return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actor.ID, Entity: "company", EntityID: id,
			Action: "hours", Before: before, After: in})
	})
	Forget(s.db) // the profile's version moved
	if err != nil {
		return WorkingHours{}, err
	}
	return s.Hours(ctx)
}

// cleanHours requires at least one weekday and a working day that ends
// after it starts.
func cleanHours(in WorkingHours) (WorkingHours, error) {
	var v apperr.Validation
	days := []int{}
	for _, d := range in.Days {
		if d < 1 || d > 7 {
			v.Add("days", "validation.invalidChoice", nil)
		} else if !slices.Contains(days, d) {
			days = append(days, d)
		}
	}
	slices.Sort(days)
	if len(days) == 0 {
		v.Add("days", "validation.required", nil)
	}
	in.Days = days
	start, okStart := Minutes(in.Start)
	end, okEnd := Minutes(in.End)
	if !okStart {
		v.Add("start", "validation.invalidTime", nil)
	}
	if !okEnd {
		v.Add("end", "validation.invalidTime", nil)
	} else if okStart && end <= start {
		v.Add("end", "validation.endBeforeStart", nil)
	}
	return in, v.Err()
}

// Minutes reads "HH:MM" (24:00 allowed as the end of the day) as minutes
// after midnight.
func Minutes(hm string) (int, bool) {
	hm = strings.TrimSpace(hm)
	if hm == "24:00" {
		return 24 * 60, true
	}
	t, err := time.Parse("15:04", hm)
	if err != nil {
		return 0, false
	}
	return t.Hour()*60 + t.Minute(), true
}

func joinDays(days []int) string {
	parts := make([]string, len(days))
	for i, d := range days {
		parts[i] = strconv.Itoa(d)
	}
	return strings.Join(parts, ",")
}
