package services_test

import (
	"fmt"
	"strings"

	"steady/backend/appraisal"
	"steady/backend/auth"
	"steady/backend/services"
	"steady/backend/store"
	"steady/backend/store/storetest"
)

// benchComputed are the standard template's computed metrics.
var benchComputed = []string{appraisal.SalesAmount, appraisal.NewBuyers, appraisal.QuoteWinRate,
	appraisal.SOPCompliance, appraisal.RevisitTimeliness, appraisal.TrainingCompletion}

// checkBenchMonth fails unless the benchmarks' month is worth measuring:
// all 50 reps appraised, four in five of them with a real number (not "no
// data", and for sales and new buyers more than nothing) for every computed
// metric, SOP tasks and revisits on time, late and missed among them,
// quotes won and lost, grades spread, a rep prorated; and tasks and
// revisits still pending in the current month.
// It returns the month in a line.
func checkBenchMonth(db *store.DB, set *services.Set, owner auth.Actor) (string, error) {
	list, err := set.Appraisal.Appraisals(ctx, owner, benchMonth)
	if err != nil {
		return "", err
	}
	var problems []string
	if len(list) != storetest.BenchReps {
		problems = append(problems, fmt.Sprintf("%d appraisals, want %d", len(list), storetest.BenchReps))
	}
	measured, counts, grades, prorated := map[string]int{}, map[string]int{}, map[string]int{}, 0
	var won, buyers int64
	for _, a := range list {
		grades[a.Grade]++
		if a.Proration != nil {
			prorated++
		}
		for _, r := range a.Results {
			if isMeasured(r) {
				measured[r.Code]++
			}
			if r.Actual != nil && r.Code == appraisal.SalesAmount {
				won += *r.Actual
			}
			if r.Actual != nil && r.Code == appraisal.NewBuyers {
				buyers += *r.Actual
			}
			for k, n := range r.Counts {
				counts[r.Code+"."+k] += n
			}
		}
	}
	for _, code := range benchComputed {
		if measured[code] < len(list)*4/5 {
			problems = append(problems, fmt.Sprintf("%s measured for %d of %d reps", code, measured[code], len(list)))
		}
	}
	for _, k := range []string{appraisal.SOPCompliance + ".late", appraisal.SOPCompliance + ".missed",
		appraisal.RevisitTimeliness + ".late", appraisal.RevisitTimeliness + ".missed",
		appraisal.QuoteWinRate + ".accepted", appraisal.TrainingCompletion + ".completed"} {
		if counts[k] == 0 {
			problems = append(problems, "no "+k)
		}
	}
	if counts[appraisal.QuoteWinRate+".accepted"] == counts[appraisal.QuoteWinRate+".closed"] {
		problems = append(problems, "every quote closed was won")
	}
	if len(grades) < 3 || prorated == 0 {
		problems = append(problems, fmt.Sprintf("grades %v, %d prorated", grades, prorated))
	}
	pending, err := pendingNow(db)
	if err != nil {
		return "", err
	}
	if pending != "" {
		problems = append(problems, pending)
	}
	if len(problems) > 0 {
		return "", fmt.Errorf("benchmark month %s is not realistic: %s (counts %v)", benchMonth, strings.Join(problems, "; "), counts)
	}
	c := func(code, k string) int { return counts[code+"."+k] }
	return fmt.Sprintf("%s: %d reps (%d prorated); %d deals won, %d yuan; %d new buyers; quotes %d closed, %d won; "+
		"SOP tasks %d due (%d on time, %d late, %d missed); revisits %d due (%d on time, %d late, %d missed); "+
		"courses %d due, %d completed; grades %v", benchMonth, len(list), prorated, c(appraisal.SalesAmount, "won"),
		won/100, buyers, c(appraisal.QuoteWinRate, "closed"), c(appraisal.QuoteWinRate, "accepted"),
		c(appraisal.SOPCompliance, "due"), c(appraisal.SOPCompliance, "onTime"), c(appraisal.SOPCompliance, "late"),
		c(appraisal.SOPCompliance, "missed"), c(appraisal.RevisitTimeliness, "due"), c(appraisal.RevisitTimeliness, "onTime"),
		c(appraisal.RevisitTimeliness, "late"), c(appraisal.RevisitTimeliness, "missed"),
		c(appraisal.TrainingCompletion, "due"), c(appraisal.TrainingCompletion, "completed"), grades), nil
}

func isMeasured(r appraisal.Result) bool {
	switch r.Code {
	case appraisal.SalesAmount:
		return r.Counts["won"] > 0
	case appraisal.NewBuyers:
		return r.Actual != nil && *r.Actual > 0
	}
	return r.Actual != nil
}

// pendingNow says what is missing when no SOP task or revisit is still
// pending at benchNow (due ahead, in the current month).
func pendingNow(db *store.DB) (string, error) {
	now := store.FormatTime(benchNow)
	var tasks, revisits int
	if err := db.Read().QueryRow(`SELECT count(*) FROM sop_tasks WHERE status = 'open' AND due_at > ?
		AND due_at < '2026-11-30T16:00:00.000Z'`, now).Scan(&tasks); err != nil {
		return "", err
	}
	if err := db.Read().QueryRow(`SELECT count(*) FROM revisit_tasks WHERE status = 'open' AND deadline_at > ?
		AND due_at < '2026-11-30T16:00:00.000Z'`, now).Scan(&revisits); err != nil {
		return "", err
	}
	if tasks == 0 || revisits == 0 {
		return fmt.Sprintf("pending now: %d SOP tasks, %d revisits", tasks, revisits), nil
	}
	return "", nil
}
