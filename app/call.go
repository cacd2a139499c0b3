package app

import (
	"steady/backend/auth"
)

// asActor runs fn for the signed-in user and formats any error for the UI;
// every bound method that acts for a user goes through it.
func asActor[T any](s *Session, op string, fn func(auth.Actor) (T, error)) (T, error) {
	var zero T
	if err := s.core.ready(); err != nil {
		return zero, toUI(s.core.Log, op, err)
	}
	actor, err := s.actor()
	if err != nil {
		return zero, toUI(s.core.Log, op, err)
	}
	v, err := fn(actor)
	if err != nil {
		return zero, toUI(s.core.Log, op, err)
	}
	return v, nil
}

// asActorDo is asActor for calls that return nothing.
func asActorDo(s *Session, op string, fn func(auth.Actor) error) error {
	_, err := asActor(s, op, func(a auth.Actor) (struct{}, error) { return struct{}{}, fn(a) })
	return err
}
