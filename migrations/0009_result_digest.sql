ALTER TABLE "assessment_results" ADD COLUMN "digest" jsonb;--> statement-breakpoint
-- Results stored before the digest existed get theirs from the stored result (engine-1 results: no roadmap part).
UPDATE "assessment_results" SET "digest" = jsonb_build_object(
  'dimensions', coalesce((SELECT jsonb_agg(jsonb_build_object('id', d.value->'id', 'score', d.value->'score') ORDER BY d.i)
                          FROM jsonb_array_elements("result"->'dimensions') WITH ORDINALITY AS d(value, i)), '[]'::jsonb),
  'roadmap', CASE WHEN "result" ? 'practices' THEN jsonb_build_object(
    'level', "result"->'level',
    'cap', "result"->'cap',
    'gates', coalesce((SELECT jsonb_agg(jsonb_build_object('id', g.value->'id', 'level', g.value->'level', 'status', g.value->'status') ORDER BY g.i)
                       FROM jsonb_array_elements("result"->'gates') WITH ORDINALITY AS g(value, i)), '[]'::jsonb),
    'practices', coalesce((SELECT jsonb_agg(jsonb_build_object('practiceId', p.value->'practiceId', 'status', p.value->'status') ORDER BY p.i)
                           FROM jsonb_array_elements("result"->'practices') WITH ORDINALITY AS p(value, i)), '[]'::jsonb),
    'hotspots', coalesce((SELECT jsonb_agg(x.value->'id' ORDER BY x.i)
                          FROM jsonb_array_elements("result"->'gaps') WITH ORDINALITY AS x(value, i) WHERE x.value->>'kind' = 'hotspot'), '[]'::jsonb)
  ) ELSE NULL END
) WHERE "digest" IS NULL;
