// Package auth holds users, their roles and teams, passwords and the
// remembered sign-in of this computer.
package auth

import "steady/backend/apperr"

// Roles.
const (
	RoleOwner   = "owner"
	RoleManager = "manager"
	RoleRep     = "rep"
)

// Levels, used by training plans and discount limits.
const (
	LevelNewHire = "new_hire"
	LevelJunior  = "junior"
	LevelSenior  = "senior"
)

// User is a person who signs in to Steady.
type User struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Login       string `json:"login"`
	Role        string `json:"role"`
	Level       string `json:"level"`
	ManagerID   string `json:"managerId"`
	ManagerName string `json:"managerName"`
	HireDate    string `json:"hireDate"`
	Phone       string `json:"phone"`
	Email       string `json:"email"`
	Active      bool   `json:"active"`
	Version     int    `json:"version"`
	CreatedAt   string `json:"createdAt"`
	// MustChangePassword: the owner reset the password; the person must
	// choose their own before doing anything else.
	MustChangePassword bool `json:"mustChangePassword"`
}

// UserInput is what a form sends to create or change a user. An empty
// Password on update keeps the current one.
type UserInput struct {
	ID        string `json:"id"`
	Name      string `json:"name"`
	Login     string `json:"login"`
	Password  string `json:"password"`
	Role      string `json:"role"`
	Level     string `json:"level"`
	ManagerID string `json:"managerId"`
	HireDate  string `json:"hireDate"`
	Phone     string `json:"phone"`
	Email     string `json:"email"`
	Active    bool   `json:"active"`
	Version   int    `json:"version"`
}

// Actor is the signed-in user on whose behalf a call runs; every listing and
// change takes one, and the areas decide from it what may be seen and done.
type Actor struct {
	ID   string
	Role string
}

// Actor returns u acting.
func (u User) Actor() Actor { return Actor{ID: u.ID, Role: u.Role} }

// IsOwner says whether the actor may see and do everything.
func (a Actor) IsOwner() bool { return a.Role == RoleOwner }

// MayCopyCompany says whether the actor may take the whole company file away
// (a backup holds every customer and every password hash): the owner only.
func (a Actor) MayCopyCompany() error {
	if !a.IsOwner() {
		return apperr.Forbidden("errors.forbidden.ownerOnly")
	}
	return nil
}
