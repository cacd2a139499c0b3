package app

import (
	"context"
	"io"
	"path/filepath"
	"time"

	"steady/backend/auth"
	"steady/backend/training"
)

// Training is the training area's backend: courses, plans, sessions,
// role-plays, profiles and the team matrix.
type Training struct {
	core    *Core
	session *Session
}

// NewTraining binds the training area.
func NewTraining(core *Core, session *Session) *Training {
	return &Training{core: core, session: session}
}

var bg = context.Background

// Kinds lists the course kinds.
func (t *Training) Kinds() []string { return training.Kinds() }

// DefaultCriteria is the standard role-play rubric.
func (t *Training) DefaultCriteria() []training.Criterion { return training.DefaultCriteria() }

// Courses lists courses.
func (t *Training) Courses(f training.CourseFilter) ([]training.Course, error) {
	return asActor(t.session, "training.courses", func(a auth.Actor) ([]training.Course, error) { return t.core.Training.Courses(bg(), a, f) })
}

// Course returns one course with its materials.
func (t *Training) Course(id string) (training.Course, error) {
	return asActor(t.session, "training.course", func(a auth.Actor) (training.Course, error) { return t.core.Training.Course(bg(), a, id) })
}

// CreateCourse adds a course.
func (t *Training) CreateCourse(in training.CourseInput) (training.Course, error) {
	return asActor(t.session, "training.createCourse", func(a auth.Actor) (training.Course, error) { return t.core.Training.CreateCourse(bg(), a, in) })
}

// UpdateCourse changes a course.
func (t *Training) UpdateCourse(in training.CourseInput) (training.Course, error) {
	return asActor(t.session, "training.updateCourse", func(a auth.Actor) (training.Course, error) { return t.core.Training.UpdateCourse(bg(), a, in) })
}

// DeleteCourse removes a course.
func (t *Training) DeleteCourse(id string, version int) error {
	return asActorDo(t.session, "training.deleteCourse", func(a auth.Actor) error { return t.core.Training.DeleteCourse(bg(), a, id, version) })
}

// AddMaterial attaches a link or a file to a course.
func (t *Training) AddMaterial(in training.MaterialInput) (training.Material, error) {
	return asActor(t.session, "training.addMaterial", func(a auth.Actor) (training.Material, error) { return t.core.Training.AddMaterial(bg(), a, in) })
}

// DeleteMaterial removes a material.
func (t *Training) DeleteMaterial(id string, version int) error {
	return asActorDo(t.session, "training.deleteMaterial", func(a auth.Actor) error { return t.core.Training.DeleteMaterial(bg(), a, id, version) })
}

// SaveMaterial saves an attached file where the user chooses; "" means cancelled.
func (t *Training) SaveMaterial(id string) (string, error) {
	return asActor(t.session, "training.saveMaterial", func(a auth.Actor) (string, error) {
		att, err := t.core.Training.Attachment(bg(), a, id)
		if err != nil {
			return "", err
		}
		return t.core.saveAs(saveTarget{name: att.FileName, filter: att.Mime, ext: filepath.Ext(att.FileName)},
			func(w io.Writer) error { _, err := w.Write(att.Data); return err })
	})
}

// Plans lists training plans, optionally for one level.
func (t *Training) Plans(level string) ([]training.Plan, error) {
	return asActor(t.session, "training.plans", func(a auth.Actor) ([]training.Plan, error) { return t.core.Training.Plans(bg(), a, level) })
}

// CreatePlan adds a plan.
func (t *Training) CreatePlan(in training.PlanInput) (training.Plan, error) {
	return asActor(t.session, "training.createPlan", func(a auth.Actor) (training.Plan, error) { return t.core.Training.CreatePlan(bg(), a, in) })
}

// UpdatePlan changes a plan.
func (t *Training) UpdatePlan(in training.PlanInput) (training.Plan, error) {
	return asActor(t.session, "training.updatePlan", func(a auth.Actor) (training.Plan, error) { return t.core.Training.UpdatePlan(bg(), a, in) })
}

// DeletePlan removes a plan.
func (t *Training) DeletePlan(id string, version int) error {
	return asActorDo(t.session, "training.deletePlan", func(a auth.Actor) error { return t.core.Training.DeletePlan(bg(), a, id, version) })
}

// AssignPlan gives a plan's courses to reps.
func (t *Training) AssignPlan(in training.AssignPlanInput) (training.AssignResult, error) {
	return asActor(t.session, "training.assignPlan", func(a auth.Actor) (training.AssignResult, error) { return t.core.Training.AssignPlan(bg(), a, in) })
}

// AssignCourse makes one course required for one rep.
func (t *Training) AssignCourse(in training.AssignCourseInput) (training.Requirement, error) {
	return asActor(t.session, "training.assignCourse", func(a auth.Actor) (training.Requirement, error) { return t.core.Training.AssignCourse(bg(), a, in) })
}

// RemoveRequirement drops a required course from a rep.
func (t *Training) RemoveRequirement(id string, version int) error {
	return asActorDo(t.session, "training.removeRequirement", func(a auth.Actor) error { return t.core.Training.RemoveRequirement(bg(), a, id, version) })
}

// Sessions lists training sessions.
func (t *Training) Sessions(f training.SessionFilter) ([]training.Session, error) {
	return asActor(t.session, "training.sessions", func(a auth.Actor) ([]training.Session, error) { return t.core.Training.Sessions(bg(), a, f) })
}

// Session returns one session with its attendees.
func (t *Training) Session(id string) (training.Session, error) {
	return asActor(t.session, "training.session", func(a auth.Actor) (training.Session, error) { return t.core.Training.Session(bg(), a, id) })
}

// CreateSession schedules a session.
func (t *Training) CreateSession(in training.SessionInput) (training.Session, error) {
	return asActor(t.session, "training.createSession", func(a auth.Actor) (training.Session, error) { return t.core.Training.CreateSession(bg(), a, in) })
}

// UpdateSession changes a session.
func (t *Training) UpdateSession(in training.SessionInput) (training.Session, error) {
	return asActor(t.session, "training.updateSession", func(a auth.Actor) (training.Session, error) { return t.core.Training.UpdateSession(bg(), a, in) })
}

// DeleteSession removes a session.
func (t *Training) DeleteSession(id string, version int) error {
	return asActorDo(t.session, "training.deleteSession", func(a auth.Actor) error { return t.core.Training.DeleteSession(bg(), a, id, version) })
}

// RecordAttendance stores attendance and scores, all or nothing.
func (t *Training) RecordAttendance(sessionID string, marks []training.AttendanceInput) (training.Session, error) {
	return asActor(t.session, "training.attendance", func(a auth.Actor) (training.Session, error) {
		return t.core.Training.RecordAttendance(bg(), a, sessionID, marks)
	})
}

// Roleplays lists role-play records.
func (t *Training) Roleplays(f training.RoleplayFilter) ([]training.Roleplay, error) {
	return asActor(t.session, "training.roleplays", func(a auth.Actor) ([]training.Roleplay, error) { return t.core.Training.Roleplays(bg(), a, f) })
}

// Roleplay returns one role-play record.
func (t *Training) Roleplay(id string) (training.Roleplay, error) {
	return asActor(t.session, "training.roleplay", func(a auth.Actor) (training.Roleplay, error) { return t.core.Training.Roleplay(bg(), a, id) })
}

// CreateRoleplay records a role-play.
func (t *Training) CreateRoleplay(in training.RoleplayInput) (training.Roleplay, error) {
	return asActor(t.session, "training.createRoleplay", func(a auth.Actor) (training.Roleplay, error) { return t.core.Training.CreateRoleplay(bg(), a, in) })
}

// UpdateRoleplay changes a role-play record.
func (t *Training) UpdateRoleplay(in training.RoleplayInput) (training.Roleplay, error) {
	return asActor(t.session, "training.updateRoleplay", func(a auth.Actor) (training.Roleplay, error) { return t.core.Training.UpdateRoleplay(bg(), a, in) })
}

// DeleteRoleplay removes a role-play record.
func (t *Training) DeleteRoleplay(id string, version int) error {
	return asActorDo(t.session, "training.deleteRoleplay", func(a auth.Actor) error { return t.core.Training.DeleteRoleplay(bg(), a, id, version) })
}

// Tasks lists follow-up tasks from role-plays.
func (t *Training) Tasks(f training.TaskFilter) ([]training.Task, error) {
	return asActor(t.session, "training.tasks", func(a auth.Actor) ([]training.Task, error) { return t.core.Training.Tasks(bg(), a, f) })
}

// SetTaskDone ticks a follow-up task off (or back on).
func (t *Training) SetTaskDone(id string, version int, done bool) (training.Task, error) {
	return asActor(t.session, "training.taskDone", func(a auth.Actor) (training.Task, error) {
		return t.core.Training.SetTaskDone(bg(), a, id, version, done)
	})
}

// Profile is one rep's training profile.
func (t *Training) Profile(userID string) (training.Profile, error) {
	return asActor(t.session, "training.profile", func(a auth.Actor) (training.Profile, error) { return t.core.Training.Profile(bg(), a, userID) })
}

// ExpiringCertificates lists certificates expiring within days ("" = everyone visible).
func (t *Training) ExpiringCertificates(userID string, days int) ([]training.Certificate, error) {
	return asActor(t.session, "training.certificates", func(a auth.Actor) ([]training.Certificate, error) {
		return t.core.Training.ExpiringCertificates(bg(), a, userID, days)
	})
}

// TeamMatrix is reps × required courses.
func (t *Training) TeamMatrix(f training.MatrixFilter) (training.Matrix, error) {
	return asActor(t.session, "training.matrix", func(a auth.Actor) (training.Matrix, error) { return t.core.Training.TeamMatrix(bg(), a, f) })
}

// ExportMatrix saves the team matrix and all records as XLSX; "" means cancelled.
func (t *Training) ExportMatrix(lang string, f training.MatrixFilter) (string, error) {
	return asActor(t.session, "training.export", func(a auth.Actor) (string, error) {
		return t.core.saveAs(saveTarget{name: training.ExportFileName(lang, time.Now().Format(time.DateOnly)), filter: "Excel (*.xlsx)", ext: ".xlsx"},
			func(w io.Writer) error { return t.core.Training.ExportXLSX(bg(), a, lang, f, w) })
	})
}
