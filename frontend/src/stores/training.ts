import { computed, ref } from 'vue'
import { defineStore } from 'pinia'
import * as trainingApi from '../api/training'
import type { Course, Criterion } from '../api/training'
import * as usersApi from '../api/users'
import type { User } from '../api/session'
import { useSessionStore } from './session'

/**
 * What several training screens pick from: the people the signed-in user may
 * see, the courses, the default rubric. Lists of plans, sessions and
 * role-plays belong to their own screens.
 */
export const useTrainingStore = defineStore('training', () => {
  const people = ref<User[]>([])
  const courses = ref<Course[]>([])
  const criteria = ref<Criterion[]>([])
  const coursesLoading = ref(false)

  const session = useSessionStore()
  /** Managers and the owner keep training records; reps only read their own. */
  const canCoach = computed(() => session.role === 'owner' || session.role === 'manager')

  /** Active reps, by name: who can be invited, assigned and evaluated. */
  const reps = computed(() =>
    people.value
      .filter((u) => u.active && u.role === 'rep')
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN')),
  )
  /** Active people who can run a session or evaluate a role-play. */
  const staff = computed(() =>
    people.value
      .filter((u) => u.active)
      .sort((a, b) => roleOrder(a.role) - roleOrder(b.role) || a.name.localeCompare(b.name, 'zh-CN')),
  )

  const courseById = computed(() => new Map(courses.value.map((c) => [c.id, c])))

  async function loadPeople(): Promise<void> {
    people.value = await usersApi.list()
  }

  async function loadCourses(): Promise<void> {
    coursesLoading.value = true
    try {
      courses.value = await trainingApi.courses()
    } finally {
      coursesLoading.value = false
    }
  }

  async function loadCriteria(): Promise<Criterion[]> {
    if (criteria.value.length === 0) criteria.value = await trainingApi.defaultCriteria()
    return criteria.value
  }

  /** Keeps the course list in step after a save without reloading it. */
  function putCourse(c: Course): void {
    const i = courses.value.findIndex((x) => x.id === c.id)
    if (i >= 0) courses.value.splice(i, 1, c)
    else courses.value.push(c)
  }

  function dropCourse(id: string): void {
    courses.value = courses.value.filter((c) => c.id !== id)
  }

  return {
    people,
    courses,
    criteria,
    coursesLoading,
    canCoach,
    reps,
    staff,
    courseById,
    loadPeople,
    loadCourses,
    loadCriteria,
    putCourse,
    dropCourse,
  }
})

function roleOrder(role: string): number {
  return role === 'manager' ? 0 : role === 'owner' ? 1 : 2
}
