package auth

import (
	"errors"
	"fmt"

	"golang.org/x/crypto/bcrypt"
)

// hashPassword hashes with bcrypt at the given cost.
func hashPassword(password string, cost int) (string, error) {
	h, err := bcrypt.GenerateFromPassword([]byte(password), cost)
	if err != nil {
		return "", fmt.Errorf("auth: hash password: %w", err)
	}
	return string(h), nil
}

// passwordMatches compares in constant time; any other failure is an error.
func passwordMatches(hash, password string) (bool, error) {
	err := bcrypt.CompareHashAndPassword([]byte(hash), []byte(password))
	if errors.Is(err, bcrypt.ErrMismatchedHashAndPassword) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("auth: compare password: %w", err)
	}
	return true, nil
}
