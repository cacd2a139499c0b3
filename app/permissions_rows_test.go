package app

// permissionRows is the table, gathered from one function per area.
func permissionRows() map[string]row {
	out := map[string]row{}
	for _, part := range []map[string]row{coreRows(), customerRows(), quoteRows(), salesRows(), trainingRows(), appraisalRows(), systemRows(), serviceRows(), searchRows(), inboxRows(), onboardingRows()} {
		for k, v := range part {
			out[k] = v
		}
	}
	return out
}
