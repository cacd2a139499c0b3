package service

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"steady/backend/apperr"
	"steady/backend/auth"
)

// Settings are the response and resolution targets by priority, in working
// minutes, and the score at or under which a survey opens a follow-up.
type Settings struct {
	RespondMin map[string]int `json:"respondMin"`
	ResolveMin map[string]int `json:"resolveMin"`
	LowScore   int            `json:"lowScore"`
	Version    int            `json:"version"`
}

const settingsID = "0190b000-0000-7000-8000-000000000501" // seeded by migration 0018

// maxTargetMin is ten working weeks of eight hours: anything longer is a typo.
const maxTargetMin = 10 * 5 * 8 * 60

func loadSettings(ctx context.Context, q querier) (Settings, error) {
	st := Settings{RespondMin: map[string]int{}, ResolveMin: map[string]int{}}
	var ru, rh, rn, rl, su, sh, sn, sl int
	err := q.QueryRowContext(ctx, `SELECT respond_urgent_min, respond_high_min, respond_normal_min, respond_low_min,
		resolve_urgent_min, resolve_high_min, resolve_normal_min, resolve_low_min, low_score, version
		FROM service_settings WHERE id = ?`, settingsID).Scan(&ru, &rh, &rn, &rl, &su, &sh, &sn, &sl, &st.LowScore, &st.Version)
	if errors.Is(err, sql.ErrNoRows) {
		return st, apperr.NotFound("serviceSettings")
	}
	if err != nil {
		return st, fmt.Errorf("service: settings: %w", err)
	}
	st.RespondMin = map[string]int{PriorityUrgent: ru, PriorityHigh: rh, PriorityNormal: rn, PriorityLow: rl}
	st.ResolveMin = map[string]int{PriorityUrgent: su, PriorityHigh: sh, PriorityNormal: sn, PriorityLow: sl}
	return st, nil
}

// Settings returns the targets; everyone may read them.
func (s *Service) Settings(ctx context.Context) (Settings, error) {
	return loadSettings(ctx, s.db.Read())
}

// SaveSettings changes the targets; a manager or the owner may. Tickets
// already open keep the targets they were opened with.
func (s *Service) SaveSettings(ctx context.Context, actor auth.Actor, in Settings) (Settings, error) {
	if actor.Role != auth.RoleOwner && actor.Role != auth.RoleManager {
		return Settings{}, apperr.Forbidden("errors.forbidden.managerOnly")
	}
	var v apperr.Validation
	for _, p := range priorities {
		for name, m := range map[string]map[string]int{"respondMin": in.RespondMin, "resolveMin": in.ResolveMin} {
			if n := m[p]; n < 1 || n > maxTargetMin {
				v.Add(name+"."+p, "validation.numberRange", map[string]any{"min": 1, "max": maxTargetMin})
			}
		}
	}
	if in.LowScore < 1 || in.LowScore > 4 {
		v.Add("lowScore", "validation.numberRange", map[string]any{"min": 1, "max": 4})
	}
	if err := v.Err(); err != nil {
		return Settings{}, err
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		before, err := loadSettings(ctx, tx)
		if err != nil {
			return err
		}
		if before.Version != in.Version {
			return apperr.Conflict("serviceSettings")
		}
		r, o := in.RespondMin, in.ResolveMin
		_, err = tx.ExecContext(ctx, `UPDATE service_settings SET respond_urgent_min = ?, respond_high_min = ?,
			respond_normal_min = ?, respond_low_min = ?, resolve_urgent_min = ?, resolve_high_min = ?, resolve_normal_min = ?,
			resolve_low_min = ?, low_score = ?, updated_at = ?, version = version + 1 WHERE id = ? AND version = ?`,
			r[PriorityUrgent], r[PriorityHigh], r[PriorityNormal], r[PriorityLow], o[PriorityUrgent], o[PriorityHigh],
			o[PriorityNormal], o[PriorityLow], in.LowScore, s.stamp(), settingsID, in.Version)
		if err != nil {
			return fmt.Errorf("service: save settings: %w", err)
		}
		return s.record(ctx, tx, actor.ID, "service_settings", settingsID, "update", before, in)
	})
	if err != nil {
		return Settings{}, err
	}
	return s.Settings(ctx)
}
