package demo

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/crypto/bcrypt"

	"steady/backend/auth"
	"steady/backend/services"
	"steady/backend/store"
	"steady/backend/training"
)

// trainingFingerprint creates a demo company and describes its training:
// the matrix, every session's attendance and scores, every role-play.
func trainingFingerprint(t *testing.T, seed uint64) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "demo.db")
	ctx := context.Background()
	now := time.Date(2026, 11, 27, 1, 0, 0, 0, time.UTC)
	if _, err := Create(ctx, path, Options{Seed: seed, HashCost: bcrypt.MinCost, Now: now}); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	svc := services.New(db, func() time.Time { return now }).Training
	owner := auth.Actor{Role: auth.RoleOwner}
	var b strings.Builder
	courses, _ := svc.Courses(ctx, owner, training.CourseFilter{})
	plans, _ := svc.Plans(ctx, owner, "")
	if len(courses) != len(demoCourses) || len(plans) != 3 {
		t.Fatalf("courses = %d, plans = %d", len(courses), len(plans))
	}
	m, err := svc.TeamMatrix(ctx, owner, training.MatrixFilter{})
	if err != nil || len(m.Rows) != 5 {
		t.Fatalf("matrix = %+v, %v", m, err)
	}
	statuses := map[string]int{}
	for _, r := range m.Rows {
		fmt.Fprintf(&b, "%s %s:", r.Name, r.Level)
		for _, c := range r.Cells {
			statuses[c.Status]++
			fmt.Fprintf(&b, " %s/%s/%s", c.Status, c.DueOn, c.CompletedOn)
		}
		b.WriteString("\n")
	}
	if statuses[training.StatusDone] == 0 || statuses[training.StatusDue]+statuses[training.StatusOverdue] == 0 {
		t.Fatalf("the demo matrix should mix done and open courses: %v", statuses)
	}
	sessions, _ := svc.Sessions(ctx, owner, training.SessionFilter{})
	scored := 0
	for _, s := range sessions {
		fmt.Fprintf(&b, "%s %s %s:", s.HeldOn, s.CourseTitle, s.Mode)
		for _, a := range s.Attendees {
			fmt.Fprintf(&b, " %s=%s", a.UserName, a.Status)
			if a.Score != nil {
				scored++
				fmt.Fprintf(&b, "/%d", *a.Score)
			}
		}
		b.WriteString("\n")
	}
	plays, _ := svc.Roleplays(ctx, owner, training.RoleplayFilter{})
	for _, p := range plays {
		if p.Feedback == "" || len(p.Criteria) != 5 || len(p.Actions) == 0 {
			t.Fatalf("role-play without feedback, rubric or actions: %+v", p)
		}
		fmt.Fprintf(&b, "%s %s %s %d %s\n", p.HeldOn, p.RepName, p.Scenario, p.ScoreBP, p.Actions[0].Title)
	}
	if len(sessions) < 5 || scored == 0 || len(plays) < 5 {
		t.Fatalf("sessions = %d, scores = %d, role-plays = %d", len(sessions), scored, len(plays))
	}
	return b.String()
}

func TestDemoTrainingIsRichAndRepeatable(t *testing.T) {
	a, b := trainingFingerprint(t, 42), trainingFingerprint(t, 42)
	if a != b {
		t.Fatalf("seed 42 differs:\n%s\n---\n%s", a, b)
	}
	if c := trainingFingerprint(t, 43); c == a {
		t.Fatal("another seed should give other training records")
	}
}
