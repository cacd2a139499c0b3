package customer

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/store"
)

// Settings are the rules of this area, set by the owner.
type Settings struct {
	DormantAfterDays    int      `json:"dormantAfterDays"`    // no purchase for this long: dormant
	ChurnedAfterDays    int      `json:"churnedAfterDays"`    // no purchase for this long: churned
	PoolAfterDays       int      `json:"poolAfterDays"`       // no follow-up for this long: back to the pool
	PoolExemptHighValue bool     `json:"poolExemptHighValue"` // high-value customers never go back
	ClaimLimitPerDay    int      `json:"claimLimitPerDay"`    // pool claims per rep per day
	HoldLimitJunior     int      `json:"holdLimitJunior"`     // customers a junior rep (or new hire) may hold
	HoldLimitSenior     int      `json:"holdLimitSenior"`     // customers a senior rep may hold
	BackdateDays        int      `json:"backdateDays"`        // an activity may be dated this many days back
	Revisit             Cadence  `json:"revisit"`
	BirthdayLeadDays    int      `json:"birthdayLeadDays"` // remind this many days ahead
	GreetingZh          string   `json:"greetingZh"`       // {name} is replaced by the contact's name
	GreetingEn          string   `json:"greetingEn"`
	RFM                 RFMRules `json:"rfm"`
	CustomSources       []string `json:"customSources"` // sources added to the built-in list (read only here)
	Version             int      `json:"version"`
}

// Cadence is the revisit interval in days per segment.
type Cadence struct {
	HighValue int `json:"highValue"`
	Potential int `json:"potential"`
	Ordinary  int `json:"ordinary"`
	AtRisk    int `json:"atRisk"`
}

// revisitDays is the revisit interval of a segment as it applies: a customer
// that can go back to the pool falls due the day before it would, so a
// cadence longer than the pool period still makes neglect a missed revisit
// (otherwise the customer leaves before anything is owed).
func (st Settings) revisitDays(segment string) int {
	days := st.Revisit.days(segment)
	if st.PoolExemptHighValue && segment == SegmentHighValue {
		return days
	}
	if limit := st.PoolAfterDays - 1; days > limit && limit >= 1 {
		return limit
	}
	return days
}

// days returns the interval for a segment.
func (c Cadence) days(segment string) int {
	switch segment {
	case SegmentHighValue:
		return c.HighValue
	case SegmentPotential:
		return c.Potential
	case SegmentAtRisk:
		return c.AtRisk
	}
	return c.Ordinary
}

const settingsColumns = `dormant_after_days, churned_after_days, pool_after_days, pool_exempt_high_value,
	claim_limit_per_day, revisit_high_value_days, revisit_potential_days, revisit_ordinary_days,
	revisit_at_risk_days, birthday_lead_days, greeting_zh, greeting_en, rfm_currency, rfm_recent_days,
	rfm_lapsed_days, rfm_frequent_deals, rfm_repeat_deals, rfm_high_amount_minor, rfm_mid_amount_minor,
	rfm_high_value_score, hold_limit_junior, hold_limit_senior, backdate_days, version`

func loadSettings(ctx context.Context, q Querier) (Settings, error) {
	var st Settings
	r, c := &st.RFM, &st.Revisit
	err := q.QueryRowContext(ctx, `SELECT `+settingsColumns+` FROM customer_settings WHERE id = 'customers'`).Scan(
		&st.DormantAfterDays, &st.ChurnedAfterDays, &st.PoolAfterDays, &st.PoolExemptHighValue,
		&st.ClaimLimitPerDay, &c.HighValue, &c.Potential, &c.Ordinary, &c.AtRisk, &st.BirthdayLeadDays,
		&st.GreetingZh, &st.GreetingEn, &r.Currency, &r.RecentDays, &r.LapsedDays, &r.FrequentDeals,
		&r.RepeatDeals, &r.HighAmountMinor, &r.MidAmountMinor, &r.HighValueScore, &st.HoldLimitJunior,
		&st.HoldLimitSenior, &st.BackdateDays, &st.Version)
	if err != nil {
		return st, fmt.Errorf("customer: settings: %w", err)
	}
	return st, nil
}

// Settings returns the area's rules with the sources added to the list.
func (s *Service) Settings(ctx context.Context) (Settings, error) {
	st, err := loadSettings(ctx, s.db.Read())
	if err != nil {
		return st, err
	}
	st.CustomSources, err = customSources(ctx, s.db.Read())
	return st, err
}

// SaveSettings changes the rules; only the owner may. in.Version must be the
// version read, or nothing changes and a conflict is returned.
func (s *Service) SaveSettings(ctx context.Context, actor auth.Actor, in Settings) (Settings, error) {
	if !actor.IsOwner() {
		return Settings{}, apperr.Forbidden("errors.forbidden.ownerOnly")
	}
	in.RFM.Currency = strings.ToUpper(strings.TrimSpace(in.RFM.Currency))
	if err := checkSettings(in); err != nil {
		return Settings{}, err
	}
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		before, err := loadSettings(ctx, tx)
		if err != nil {
			return err
		}
		if before.Version != in.Version {
			return apperr.Conflict("customerSettings")
		}
		if err := writeSettings(ctx, tx, in, s.now()); err != nil {
			return err
		}
		if revisitRulesChanged(before, in) {
			if err := s.rescheduleOpenRevisitsTx(ctx, tx, in, s.now()); err != nil {
				return err
			}
		}
		return s.record(ctx, tx, s.now(), actor.ID, "customer_settings", "customers", "update", before, in)
	})
	if err != nil {
		return Settings{}, err
	}
	return s.Settings(ctx)
}

func writeSettings(ctx context.Context, tx *sql.Tx, in Settings, now time.Time) error {
	r, c := in.RFM, in.Revisit
	_, err := tx.ExecContext(ctx, `UPDATE customer_settings SET dormant_after_days = ?, churned_after_days = ?,
		pool_after_days = ?, pool_exempt_high_value = ?, claim_limit_per_day = ?, revisit_high_value_days = ?,
		revisit_potential_days = ?, revisit_ordinary_days = ?, revisit_at_risk_days = ?, birthday_lead_days = ?,
		greeting_zh = ?, greeting_en = ?, rfm_currency = ?, rfm_recent_days = ?, rfm_lapsed_days = ?,
		rfm_frequent_deals = ?, rfm_repeat_deals = ?, rfm_high_amount_minor = ?, rfm_mid_amount_minor = ?,
		rfm_high_value_score = ?, hold_limit_junior = ?, hold_limit_senior = ?, backdate_days = ?, updated_at = ?,
		version = version + 1 WHERE id = 'customers' AND version = ?`,
		in.DormantAfterDays, in.ChurnedAfterDays, in.PoolAfterDays, in.PoolExemptHighValue, in.ClaimLimitPerDay,
		c.HighValue, c.Potential, c.Ordinary, c.AtRisk, in.BirthdayLeadDays, in.GreetingZh, in.GreetingEn,
		r.Currency, r.RecentDays, r.LapsedDays, r.FrequentDeals, r.RepeatDeals, r.HighAmountMinor,
		r.MidAmountMinor, r.HighValueScore, in.HoldLimitJunior, in.HoldLimitSenior, in.BackdateDays,
		store.FormatTime(now), in.Version)
	if err != nil {
		return fmt.Errorf("customer: save settings: %w", err)
	}
	return nil
}
