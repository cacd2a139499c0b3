package auth

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"golang.org/x/crypto/bcrypt"

	"steady/backend/apperr"
	"steady/backend/audit"
	"steady/backend/store"
)

// Service manages users.
type Service struct {
	db        *store.DB
	now       func() time.Time
	cost      int
	levelHook LevelHook
}

// LevelHook runs inside the transaction that creates a user or changes their
// level, so other areas (training plans) can react without auth knowing them.
type LevelHook func(ctx context.Context, tx *sql.Tx, actorID, userID string) error

// OnLevel sets the hook; call it once while wiring services.
func (s *Service) OnLevel(hook LevelHook) { s.levelHook = hook }

func (s *Service) runLevelHook(ctx context.Context, tx *sql.Tx, actorID, userID string) error {
	if s.levelHook == nil {
		return nil
	}
	return s.levelHook(ctx, tx, actorID, userID)
}

// NewService returns a user service; cost is the bcrypt cost (0 = default).
func NewService(db *store.DB, now func() time.Time, cost int) *Service {
	if cost == 0 {
		cost = bcrypt.DefaultCost
	}
	return &Service{db: db, now: now, cost: cost}
}

const userColumns = `u.id, u.name, u.login, u.role, u.level, coalesce(u.manager_id, ''), coalesce(m.name, ''),
	u.hire_date, u.phone, u.email, u.active, u.version, u.created_at, u.must_change_password`

const userFrom = ` FROM users u LEFT JOIN users m ON m.id = u.manager_id WHERE u.deleted_at IS NULL`

type scanner interface{ Scan(dest ...any) error }

func scanUser(s scanner) (User, error) {
	var u User
	err := s.Scan(&u.ID, &u.Name, &u.Login, &u.Role, &u.Level, &u.ManagerID, &u.ManagerName,
		&u.HireDate, &u.Phone, &u.Email, &u.Active, &u.Version, &u.CreatedAt, &u.MustChangePassword)
	return u, err
}

// HasUsers says whether anyone has been set up yet.
func (s *Service) HasUsers(ctx context.Context) (bool, error) {
	var n int
	if err := s.db.Read().QueryRowContext(ctx, `SELECT count(*) FROM users WHERE deleted_at IS NULL`).Scan(&n); err != nil {
		return false, fmt.Errorf("auth: count users: %w", err)
	}
	return n > 0, nil
}

// User returns one user by id.
func (s *Service) User(ctx context.Context, id string) (User, error) {
	u, err := scanUser(s.db.Read().QueryRowContext(ctx, `SELECT `+userColumns+userFrom+` AND u.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return User{}, apperr.NotFound("user")
	}
	if err != nil {
		return User{}, fmt.Errorf("auth: user %s: %w", id, err)
	}
	return u, nil
}

// Users lists who the actor may see: the owner everyone, a manager their
// team and themselves, a rep themselves.
func (s *Service) Users(ctx context.Context, actor Actor) ([]User, error) {
	query := `SELECT ` + userColumns + userFrom
	var args []any
	switch actor.Role {
	case RoleOwner:
	case RoleManager:
		query += ` AND (u.id = ? OR u.manager_id = ?)`
		args = append(args, actor.ID, actor.ID)
	default:
		query += ` AND u.id = ?`
		args = append(args, actor.ID)
	}
	rows, err := s.db.Read().QueryContext(ctx, query+` ORDER BY u.active DESC, u.role, u.name`, args...)
	if err != nil {
		return nil, fmt.Errorf("auth: users: %w", err)
	}
	defer rows.Close()
	users := []User{}
	for rows.Next() {
		u, err := scanUser(rows)
		if err != nil {
			return nil, fmt.Errorf("auth: users: %w", err)
		}
		users = append(users, u)
	}
	return users, rows.Err()
}

// CreateUser adds a user; only the owner may.
func (s *Service) CreateUser(ctx context.Context, actor Actor, in UserInput) (User, error) {
	if !actor.IsOwner() {
		return User{}, apperr.Forbidden("errors.forbidden.ownerOnly")
	}
	in.ID = store.NewID()
	err := s.db.Tx(ctx, func(tx *sql.Tx) error {
		return s.InsertUserTx(ctx, tx, actor.ID, in)
	})
	if err != nil {
		return User{}, err
	}
	return s.User(ctx, in.ID)
}

// InsertUserTx validates and inserts in (with in.ID already set) inside tx;
// creatorID may be empty for the very first owner.
func (s *Service) InsertUserTx(ctx context.Context, tx *sql.Tx, creatorID string, in UserInput) error {
	in, v := cleanUser(in, true)
	if err := checkUserReferences(ctx, tx, in, &v); err != nil {
		return err
	}
	if err := v.Err(); err != nil {
		return err
	}
	hash, err := hashPassword(in.Password, s.cost)
	if err != nil {
		return err
	}
	now := store.FormatTime(s.now())
	_, err = tx.ExecContext(ctx, `INSERT INTO users(id, name, login, password_hash, role, level, manager_id,
		hire_date, phone, email, active, created_by, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		in.ID, in.Name, in.Login, hash, in.Role, in.Level, nullable(in.ManagerID), in.HireDate,
		in.Phone, in.Email, in.Active, nullable(creatorID), now, now)
	if err != nil {
		return fmt.Errorf("auth: insert user: %w", err)
	}
	in.Password = ""
	if err := audit.Write(ctx, tx, audit.Entry{At: s.now(), ActorID: creatorID, Entity: "user", EntityID: in.ID, Action: "create", After: in}); err != nil {
		return err
	}
	return s.runLevelHook(ctx, tx, creatorID, in.ID)
}

func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}
