package training

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"strings"

	"steady/backend/apperr"
	"steady/backend/audit"
	"steady/backend/auth"
	"steady/backend/store"
	"steady/backend/validate"
)

// MaxMaterialBytes caps one attached file: materials travel inside the
// database (and its backups), so they stay small.
const MaxMaterialBytes = 10 << 20

const maxFileName = 120

// Material kinds.
const (
	MaterialLink = "link"
	MaterialFile = "file"
)

// Material is a link or an attached file of a course (without the file's bytes).
type Material struct {
	ID        string `json:"id"`
	CourseID  string `json:"courseId"`
	Kind      string `json:"kind"`
	Title     string `json:"title"`
	URL       string `json:"url"`
	FileName  string `json:"fileName"`
	Mime      string `json:"mime"`
	Size      int    `json:"size"`
	Version   int    `json:"version"`
	CreatedAt string `json:"createdAt"`
}

// MaterialInput adds a link (URL) or a file (FileName, Mime, Data).
type MaterialInput struct {
	CourseID string `json:"courseId"`
	Kind     string `json:"kind"`
	Title    string `json:"title"`
	URL      string `json:"url"`
	FileName string `json:"fileName"`
	Mime     string `json:"mime"`
	Data     []byte `json:"data"`
}

// Attachment is an attached file's content.
type Attachment struct {
	FileName string `json:"fileName"`
	Mime     string `json:"mime"`
	Data     []byte `json:"data"`
}

// AddMaterial attaches a link or a file to a course.
func (s *Service) AddMaterial(ctx context.Context, actor auth.Actor, in MaterialInput) (Material, error) {
	if err := requireCoach(actor); err != nil {
		return Material{}, err
	}
	in, err := cleanMaterial(in)
	if err != nil {
		return Material{}, err
	}
	id := store.NewID()
	err = s.db.Tx(ctx, func(tx *sql.Tx) error {
		if _, err := courseByID(ctx, tx, in.CourseID); err != nil {
			return err
		}
		now := s.stamp()
		_, err := tx.ExecContext(ctx, `INSERT INTO training_materials(id, course_id, kind, title, url, file_name,
			mime, size, data, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			id, in.CourseID, in.Kind, in.Title, in.URL, in.FileName, in.Mime, len(in.Data), in.Data, actor.ID, now, now)
		if err != nil {
			return fmt.Errorf("training: insert material: %w", err)
		}
		after := in
		after.Data = nil // the trail records the file, not its bytes
		return audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: actor.ID, Entity: "trainingMaterial", EntityID: id, Action: "create", After: after})
	})
	if err != nil {
		return Material{}, err
	}
	return materialByID(ctx, s.db.Read(), id)
}

// DeleteMaterial removes a link or file from its course.
func (s *Service) DeleteMaterial(ctx context.Context, actor auth.Actor, id string, version int) error {
	if err := requireCoach(actor); err != nil {
		return err
	}
	return s.db.Tx(ctx, func(tx *sql.Tx) error {
		before, err := materialByID(ctx, tx, id)
		if err != nil {
			return err
		}
		return s.softDelete(ctx, tx, actor, "training_materials", "trainingMaterial", id, version, before)
	})
}

// Attachment returns an attached file's bytes.
func (s *Service) Attachment(ctx context.Context, actor auth.Actor, id string) (Attachment, error) {
	var a Attachment
	err := s.db.Read().QueryRowContext(ctx, `SELECT file_name, mime, data FROM training_materials
		WHERE id = ? AND kind = 'file' AND deleted_at IS NULL`, id).Scan(&a.FileName, &a.Mime, &a.Data)
	if errors.Is(err, sql.ErrNoRows) {
		return Attachment{}, apperr.NotFound("trainingMaterial")
	}
	if err != nil {
		return Attachment{}, fmt.Errorf("training: material %s: %w", id, err)
	}
	return a, nil
}

const materialColumns = `id, course_id, kind, title, url, file_name, mime, size, version, created_at`

func scanMaterial(s scanner) (Material, error) {
	var m Material
	err := s.Scan(&m.ID, &m.CourseID, &m.Kind, &m.Title, &m.URL, &m.FileName, &m.Mime, &m.Size, &m.Version, &m.CreatedAt)
	return m, err
}

func materialByID(ctx context.Context, q querier, id string) (Material, error) {
	m, err := scanMaterial(q.QueryRowContext(ctx, `SELECT `+materialColumns+`
		FROM training_materials WHERE id = ? AND deleted_at IS NULL`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return Material{}, apperr.NotFound("trainingMaterial")
	}
	if err != nil {
		return Material{}, fmt.Errorf("training: material %s: %w", id, err)
	}
	return m, nil
}

// materialsOf returns the materials of the given courses, grouped by course.
func materialsOf(ctx context.Context, q querier, courseIDs []string) (map[string][]Material, error) {
	out := map[string][]Material{}
	for _, id := range courseIDs {
		out[id] = []Material{}
	}
	if len(courseIDs) == 0 {
		return out, nil
	}
	rows, err := q.QueryContext(ctx, `SELECT `+materialColumns+` FROM training_materials
		WHERE deleted_at IS NULL AND course_id IN (SELECT value FROM json_each(?)) ORDER BY created_at, id`,
		jsonList(courseIDs))
	if err != nil {
		return nil, fmt.Errorf("training: materials: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		m, err := scanMaterial(rows)
		if err != nil {
			return nil, fmt.Errorf("training: materials: %w", err)
		}
		out[m.CourseID] = append(out[m.CourseID], m)
	}
	return out, rows.Err()
}

func cleanMaterial(in MaterialInput) (MaterialInput, error) {
	var v apperr.Validation
	in.CourseID = requiredID(&v, "courseId", in.CourseID)
	in.Kind = validate.OneOf(&v, "kind", in.Kind, codeChoice, MaterialLink, MaterialFile)
	if in.Kind == MaterialFile {
		cleanFile(&v, &in)
	} else {
		in.URL = cleanURL(&v, in.URL)
		in.FileName, in.Mime, in.Data = "", "", nil
	}
	in.Title = validate.Text(&v, "title", in.Title, true, maxTitle)
	return in, v.Err()
}

func cleanFile(v *apperr.Validation, in *MaterialInput) {
	name := strings.TrimSpace(in.FileName)
	if i := strings.LastIndexAny(name, `/\`); i >= 0 {
		name = name[i+1:]
	}
	in.FileName = validate.Text(v, "fileName", name, true, maxFileName)
	switch {
	case len(in.Data) == 0:
		v.Add("data", "validation.required", nil)
	case len(in.Data) > MaxMaterialBytes:
		v.Add("data", "validation.fileTooLarge", map[string]any{"maxKB": MaxMaterialBytes / 1024})
	}
	in.Mime = fileMime(in.Mime, in.Data)
	in.URL = ""
	if strings.TrimSpace(in.Title) == "" {
		in.Title = in.FileName
	}
}

// fileMime keeps a well-formed type from the caller, else sniffs the bytes.
func fileMime(given string, data []byte) string {
	if t, _, err := mime.ParseMediaType(strings.ToLower(strings.TrimSpace(given))); err == nil && strings.Contains(t, "/") {
		return t
	}
	t, _, _ := mime.ParseMediaType(http.DetectContentType(data))
	return t
}

// cleanURL wants an http or https address.
func cleanURL(v *apperr.Validation, raw string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		v.Add("url", "validation.required", nil)
		return raw
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || len(raw) > 2000 {
		v.Add("url", "validation.invalidUrl", nil)
	}
	return raw
}
