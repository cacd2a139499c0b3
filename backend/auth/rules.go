package auth

import (
	"strings"
	"unicode"

	"steady/backend/apperr"
)

// MinPasswordLength is the shortest password accepted.
const MinPasswordLength = 8

// commonPasswords are the first ones anyone guessing would try, in China
// and elsewhere; compared without case.
var commonPasswords = map[string]bool{}

func init() {
	for _, p := range strings.Fields(`
		12345678 123456789 1234567890 0123456789 87654321 11111111 00000000 88888888 66666666
		12341234 11223344 1qaz2wsx 1q2w3e4r 1q2w3e4r5t qwertyui qwerty12 qwerty123 qwertyuiop
		qwe12345 qwe123456 123qweasd asdf1234 asdfghjk zxcvbnm1 zxcvbnm123 abcd1234 abc12345
		abc123456 a1234567 a12345678 aa123456 qq123456 password password1 password123 passw0rd
		p@ssw0rd p@ssword iloveyou iloveyou1 woaini1314 woaini520 5201314a admin123 admin888
		administrator welcome1 letmein1 sunshine football baseball princess changeme steady123
		`) {
		commonPasswords[p] = true
	}
}

// checkPassword adds the first rule a new password breaks, beside the
// password field; an empty password on update keeps the current one.
func checkPassword(v *apperr.Validation, password, login string, required bool) {
	if password == "" && !required {
		return
	}
	if code, params := passwordProblem(password, login); code != "" {
		v.Add("password", code, params)
	}
}

// passwordProblem names what is wrong with a new password ("" = nothing).
func passwordProblem(password, login string) (string, map[string]any) {
	switch {
	case password == "":
		return "validation.required", nil
	case len([]rune(password)) < MinPasswordLength:
		return "validation.passwordTooShort", map[string]any{"min": MinPasswordLength}
	case login != "" && strings.EqualFold(strings.TrimSpace(password), strings.TrimSpace(login)):
		return "validation.passwordIsLogin", nil
	case commonPasswords[strings.ToLower(password)]:
		return "validation.passwordCommon", nil
	case characterClasses(password) < 2:
		return "validation.passwordOneKind", nil
	}
	return "", nil
}

// characterClasses counts the kinds of character in s: lower-case letters,
// upper-case letters, digits, and everything else (punctuation, spaces,
// Chinese characters).
func characterClasses(s string) int {
	seen := map[int]bool{}
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			seen[0] = true
		case unicode.IsUpper(r):
			seen[1] = true
		case unicode.IsDigit(r):
			seen[2] = true
		default:
			seen[3] = true
		}
	}
	return len(seen)
}
