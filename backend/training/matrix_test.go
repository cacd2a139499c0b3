package training_test

import (
	"strings"
	"testing"

	"steady/backend/auth"
	"steady/backend/training"
)

// matrixText renders a matrix as "name: status status …" lines.
func matrixText(m training.Matrix) []string {
	var out []string
	for _, r := range m.Rows {
		var cells []string
		for _, c := range r.Cells {
			cells = append(cells, c.Status)
		}
		out = append(out, r.Name+": "+strings.Join(cells, " "))
	}
	return out
}

func TestTeamMatrixShowsEachRepAgainstRequiredCourses(t *testing.T) {
	w, _ := monthFixture(t) // today is 2026-11-27
	// Columns: 产品基础知识, 合规, 市场趋势, 标准销售流程.
	cases := []struct {
		name    string
		actor   auth.Actor
		level   string
		columns int
		want    []string
	}{
		{"owner sees every rep", w.owner, "", 4, []string{
			"孙磊: overdue due due done",
			"李强: done done due overdue",
			"赵敏: done done due done",
			"刘洋: none none none none",
		}},
		{"manager sees their team", w.manager, "", 4, []string{
			"孙磊: overdue due due done",
			"李强: done done due overdue",
			"刘洋: none none none none",
		}},
		{"filtered by level", w.manager, "junior", 0, []string{"刘洋: "}},
		{"a rep sees themself", w.rep, "", 4, []string{"李强: done done due overdue"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m, err := w.svc.TeamMatrix(ctx, c.actor, training.MatrixFilter{Level: c.level})
			if err != nil {
				t.Fatal(err)
			}
			if len(m.Courses) != c.columns {
				t.Fatalf("columns = %+v", m.Courses)
			}
			got := matrixText(m)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Fatalf("matrix:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
	m, _ := w.svc.TeamMatrix(ctx, w.owner, training.MatrixFilter{})
	if m.Courses[0].Title != "产品基础知识" || m.Rows[0].Overdue != 1 || m.Rows[0].Due != 2 || m.Rows[0].Done != 1 ||
		m.Rows[0].Cells[0].DueOn != "2026-11-23" || m.Rows[1].Cells[0].CompletedOn != "2026-11-12" {
		t.Fatalf("details = %+v / %+v", m.Courses[0], m.Rows[0])
	}
}
