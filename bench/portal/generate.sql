-- Published results after enforcement for the portal benchmark (bench/portal.sh): :n rows straight into
-- pub_publication (what the public pages read), as DisclosureOutcomes writes them when a disclosure is approved —
-- spread round-robin over every active emergency-management agency (province, cities, counties), published over the
-- last five years, half penalties, then inspections, licences and coercive measures; the party a company named after
-- the agency's place ("泽州县鑫源煤业有限公司") or, one in ten, a citizen with the name masked ("张**", PUB-12); one in
-- a hundred withdrawn after three years (PUB-07). Plain SQL, deterministic; rows source_module = 'bench'; appends
-- only what is missing (run again with a larger :n to grow the set). Usage: psql -v n=1000000 -f generate.sql
\set ON_ERROR_STOP on
SET synchronous_commit = off;
SET work_mem = '256MB';
SET maintenance_work_mem = '512MB';

CREATE TEMP TABLE bench_agency AS
SELECT row_number() OVER (ORDER BY a.id) - 1 AS k, a.id, a.name, a.jurisdiction_id, a.scope_path,
       regexp_replace(j.name, '(应急管理局|应急管理厅)$', '') AS place
FROM org_agency a JOIN org_jurisdiction j ON j.id = a.jurisdiction_id
WHERE a.kind = 'EMERGENCY_MANAGEMENT' AND a.status = 'ACTIVE';
SELECT count(*) AS agencies FROM bench_agency \gset

SELECT COALESCE(max(substr(source_id, 2)::bigint), 0) AS have FROM pub_publication WHERE source_module = 'bench' \gset

INSERT INTO pub_publication (owner_agency_id, owner_name, jurisdiction_id, scope_path, kind, title, content, published_at,
                             withdrawn_at, withdrawal_reason, source_module, source_type, source_id)
SELECT a.id, a.name, a.jurisdiction_id, a.scope_path, k.kind,
       left(a.name || k.label || '公示（' || p.party || '）', 200),
       left('实施机关：' || a.name || E'\n' || k.party_label || '：' || p.party || E'\n'
            || '决定文书号：' || left(a.place, 2) || '应急' || k.short || '〔' || extract(year FROM t.at)::int || '〕' || (g % 997 + 1) || E'号\n'
            || k.facts || E'\n' || '依据：《中华人民共和国安全生产法》第' || (ARRAY['九十七','九十九','一百零一','一百零二','一百零五'])[1 + g % 5] || E'条\n'
            || k.decision || CASE WHEN k.kind = 'PENALTY_RESULT' THEN '；罚款人民币 ' || (1 + g % 50) * 1000 || ' 元' ELSE '' END || E'\n'
            || '决定日期：' || to_char(t.at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD'), 4000),
       t.at,
       CASE WHEN g % 100 = 0 AND t.at < now() - interval '3 years' THEN t.at + interval '3 years 1 month' END,
       CASE WHEN g % 100 = 0 AND t.at < now() - interval '3 years' THEN '公示满三年，经承办机构负责人批准撤下' END,
       'bench', 'decision-entry', 'b' || g
FROM generate_series(:have + 1, :n) g
JOIN bench_agency a ON a.k = g % :agencies
CROSS JOIN LATERAL (SELECT now() - ((g::bigint * 7919) % (5 * 365 * 24 * 60)) * interval '1 minute' AS at) t
CROSS JOIN LATERAL (SELECT CASE WHEN g % 10 = 0
        THEN (ARRAY['张','王','李','赵','刘','陈','杨','黄','周','吴','徐','孙','胡','朱','高','郭','马','罗'])[1 + (g / 10) % 18]
             || CASE WHEN g % 3 = 0 THEN '*' ELSE '**' END
        ELSE a.place
             || (ARRAY['鑫源','金泰','宏达','兴旺','永安','恒通','德胜','华晋','晋丰','福顺','隆昌','瑞丰','泰和','长兴','广源',
                       '顺达','天成','盛世','新宇','通宝','汇丰','昌盛','宏图','万通','星火'])[1 + (g / 7) % 25]
             || (ARRAY['煤业','化工','建材','石料厂','烟花爆竹','危险化学品经营部','机械制造','冶金','焦化','物流','燃气','矿业',
                       '铸造','耐火材料','加油站'])[1 + (g / 3) % 15]
             || (ARRAY['有限公司','有限责任公司','股份有限公司'])[1 + g % 3] END AS party) p
CROSS JOIN LATERAL (SELECT * FROM (VALUES
        ('PENALTY_RESULT', '行政处罚结果', '当事人', '罚', '违法事实和证据：未按规定对从业人员进行安全生产教育和培训，现场检查记录、询问笔录为证', '处罚决定：行政处罚决定'),
        ('INSPECTION_RESULT', '监督检查结果', '检查对象', '改', '发现的问题：安全警示标志缺失，应急预案未按期演练', '检查事项及采取的措施：责令限期整改'),
        ('LICENCE_RESULT', '行政许可结果', '被许可单位', '许', '许可事项：危险化学品经营许可（不带储存设施）', '有效期限：三年'),
        ('COERCIVE_RESULT', '行政强制结果', '当事人', '强措', '执行结果：已依法实施', '强制措施决定：查封危险物品存放场所'))
        v(kind, label, party_label, short, facts, decision)
    WHERE v.kind = CASE WHEN g % 20 < 10 THEN 'PENALTY_RESULT' WHEN g % 20 < 15 THEN 'INSPECTION_RESULT'
                        WHEN g % 20 < 18 THEN 'LICENCE_RESULT' ELSE 'COERCIVE_RESULT' END) k
ORDER BY t.at;
ANALYZE pub_publication;
SELECT count(*) AS bench_rows, count(*) FILTER (WHERE withdrawn_at IS NULL) AS live FROM pub_publication WHERE source_module = 'bench';
