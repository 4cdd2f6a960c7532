#include "datasetgen.h"

#include "storage/rowmapping.h"
#include "storage/store.h"
#include "storage/syncstore.h"
#include "storage/transaction.h"

#include <QFile>
#include <QSaveFile>
#include <QSet>
#include <QStringBuilder>

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

namespace capacita::bench {

namespace {

// splitmix64: tiny, fast and the same everywhere (std:: distributions are not).
class Rng
{
public:
    explicit Rng(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % std::uint64_t(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template<typename T, size_t N> const T &pick(const std::array<T, N> &a) { return a[size_t(below(int(N)))]; }

private:
    std::uint64_t m_state;
};

const std::array<const char *, 36> kGiven{
    "María", "José", "Juan", "Rosa", "Luis", "Carmen", "Carlos", "Ana", "Jorge", "Julia", "Miguel", "Elena",
    "Pedro", "Lucía", "Víctor", "Gloria", "César", "Teresa", "Javier", "Norma", "Wilmer", "Yolanda", "Edwin",
    "Flor", "Fredy", "Maribel", "Percy", "Nélida", "Walter", "Yesenia", "Óscar", "Milagros", "Raúl", "Sonia",
    "Ángel", "Rocío"};
const std::array<const char *, 40> kFamily{
    "Quispe", "Mamani", "Huamán", "Flores", "Condori", "Rojas", "Chávez", "Gutiérrez", "Vargas", "Torres",
    "Ramos", "Sánchez", "Mendoza", "Castillo", "Ccori", "Apaza", "Ticona", "Cárdenas", "Paredes", "Pérez",
    "García", "Rodríguez", "López", "Díaz", "Cruz", "Salazar", "Espinoza", "Vásquez", "Ruiz", "Yupanqui",
    "Huanca", "Choque", "Layme", "Puma", "Cusi", "Peña", "Ñahui", "Ríos", "Chambi", "Inga"};
// Department as in the UBIGEO table, as rosters write it, and a weight.
struct Department
{
    const char *table;
    const char *roster;
    int weight;
};
const std::array<Department, 10> kDepartments{{{"LIMA", "Lima", 20},
                                                {"CUSCO", "Cusco", 14},
                                                {"PUNO", "Puno", 12},
                                                {"LORETO", "Loreto", 10},
                                                {"JUNIN", "Junín", 9},
                                                {"AREQUIPA", "Arequipa", 9},
                                                {"PIURA", "Piura", 8},
                                                {"MADRE DE DIOS", "Madre de Dios", 6},
                                                {"SAN MARTIN", "San Martín", 6},
                                                {"AYACUCHO", "Ayacucho", 6}}};
struct Type
{
    const char *code;
    const char *roster;
    const char *institution;
    int weight;
};
const std::array<Type, 10> kTypes{{{"police", "Policía", "Comisaría PNP", 20},
                                   {"prosecutor", "Fiscal", "Fiscalía Provincial", 12},
                                   {"judge", "Juez", "Corte Superior de Justicia", 6},
                                   {"justice_staff", "Personal de justicia", "Módulo de Justicia", 8},
                                   {"public_defender", "Defensor público", "Defensa Pública", 4},
                                   {"health_worker", "Personal de salud", "Centro de Salud", 12},
                                   {"educator", "Docente", "I.E. N°", 14},
                                   {"community_leader", "Líder comunitario", "Comunidad", 12},
                                   {"local_official", "Funcionario local", "Municipalidad", 8},
                                   {"shelter_provider", "Personal de albergue", "CAR", 4}}};
const std::array<const char *, 8> kTitles{
    "Trata de personas: identificación y derivación", "Atención a víctimas de trata", "Violencia de género y trata",
    "Investigación del delito de trata", "Protección de niñas, niños y adolescentes", "Matrimonio infantil y forzado",
    "Ruta de atención y protección", "Prevención de la trata en la comunidad"};
const std::array<const char *, 4> kStatuses{"present", "late", "absent", "excused"};

template<typename T, size_t N> const T &weighted(Rng &rng, const std::array<T, N> &items)
{
    int total = 0;
    for (const T &t : items)
        total += t.weight;
    int r = rng.below(total);
    for (const T &t : items) {
        if ((r -= t.weight) < 0)
            return t;
    }
    return items.back();
}

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QString withoutAccents(const QString &s)
{
    QString out = s.normalized(QString::NormalizationForm_D);
    out.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return out;
}

// Person i of a seed, the same in the dataset and in the roster.
struct Person
{
    QString given, family, dni, sex, typeCode, typeRoster, institution, phone;
    int birthYear = 0;
    int department = 0;
};

std::vector<Person> makePeople(int count, std::uint64_t seed)
{
    std::vector<Person> people;
    people.reserve(size_t(count));
    Rng rng(seed * 1000003 + 17);
    for (int i = 0; i < count; ++i) {
        Person p;
        if (i >= 50 && rng.chance(2)) {
            // A probable duplicate: an earlier person typed again, without DNI, maybe without accents.
            p = people[size_t(rng.below(i))];
            p.dni.clear();
            if (rng.chance(50)) {
                p.given = withoutAccents(p.given);
                p.family = withoutAccents(p.family);
            }
            p.phone.clear();
            people.push_back(p);
            continue;
        }
        p.sex = rng.chance(55) ? QStringLiteral("F") : QStringLiteral("M");
        p.given = u8(rng.pick(kGiven));
        if (rng.chance(40))
            p.given += u' ' + u8(rng.pick(kGiven));
        p.family = u8(rng.pick(kFamily)) % u' ' % u8(rng.pick(kFamily));
        // Unique 8-digit DNIs: i × 7919 is a bijection modulo 9·10^7 (7919 is prime to it).
        if (!rng.chance(10))
            p.dni = QString::number(10000000 + (qint64(i) * 7919 + qint64(seed % 1000) * 104729) % 90000000);
        p.birthYear = 1960 + rng.below(43);
        const Type &type = weighted(rng, kTypes);
        p.typeCode = u8(type.code);
        p.typeRoster = u8(type.roster);
        p.department = int(&weighted(rng, kDepartments) - kDepartments.data());
        p.institution = u8(type.institution) % u' '
                        % (type.code == std::string_view("educator") ? QString::number(100 + rng.below(900))
                                                                     : u8(kDepartments[size_t(p.department)].roster));
        if (rng.chance(60))
            p.phone = u'9' + QString::number(10000000 + rng.below(90000000));
        people.push_back(p);
    }
    return people;
}

QVariant orNull(const QVariant &v)
{
    if (!v.isValid() || (v.typeId() == QMetaType::QString && v.toString().isEmpty()))
        return {};
    return v;
}

class Writer
{
public:
    explicit Writer(Database &db) : m_db(db), m_sync(db), m_site(db.siteId()) {}

    Status write(const TableSpec &spec, const QString &id, QVariantList values)
    {
        RowState row;
        row.table = spec.name;
        row.id = id;
        row.values = std::move(values);
        const FieldStamp stamp{m_db.nextStamp(), m_site, 1};
        row.stamps = QList<FieldStamp>(spec.fields.size(), stamp);
        row.vv.insert(m_site, 1);
        return m_sync.writeRow(spec, row, false);
    }
    Status write(const TableSpec &spec, const QString &id, const QVariantMap &byName)
    {
        QVariantList values;
        values.reserve(spec.fields.size());
        for (const QString &f : spec.fields)
            values.append(orNull(byName.value(f)));
        return write(spec, id, values);
    }

private:
    Database &m_db;
    SyncStore m_sync;
    QString m_site;
};

QString idOf(std::uint64_t seed, const char *kind, qint64 n)
{
    return uuidFromKey(u"bench/" % QString::number(seed) % u'/' % QLatin1String(kind) % u'/' % QString::number(n));
}

} // namespace

Result<DatasetCounts> generateDataset(Store &store, const DatasetSize &size)
{
    Database &db = store.db();
    const int P = std::max(size.participants, 50);
    const qint64 seats = 2LL * P; // participations
    const int perTraining = 25;
    const qint64 T = (seats + perTraining - 1) / perTraining;
    const int S = int(std::max<qint64>(1, (size.attendance + seats / 2) / seats));
    Rng rng(size.seed);
    const std::vector<Person> people = makePeople(P, size.seed);

    // Districts of each department, from the store's own UBIGEO table.
    std::array<QStringList, kDepartments.size()> districts;
    for (const District &d : store.reference().districts()) {
        for (size_t k = 0; k < kDepartments.size(); ++k) {
            if (withoutAccents(d.department).toUpper() == QLatin1String(kDepartments[k].table))
                districts[k] << d.ubigeo;
        }
    }
    for (const QStringList &list : districts) {
        if (list.isEmpty())
            return Error::io(QStringLiteral("The UBIGEO table lacks a benchmark department."));
    }
    auto districtIn = [&](int department) {
        const QStringList &list = districts[size_t(department)];
        return list.at(rng.below(int(list.size())));
    };

    DatasetCounts counts;
    Writer out(db);
    Transaction tx(db);
    CAPACITA_TRY(tx.begun());
    std::vector<QString> personIds(static_cast<size_t>(P));
    for (int i = 0; i < P; ++i) {
        const Person &src = people[size_t(i)];
        Participant p;
        p.id = idOf(size.seed, "participant", i);
        p.givenNames = src.given;
        p.familyNames = src.family;
        if (!src.dni.isEmpty()) {
            p.docType = QStringLiteral("dni");
            p.docNumber = src.dni;
        }
        p.sex = src.sex;
        p.birthYear = src.birthYear;
        p.type = src.typeCode;
        p.institution = src.institution;
        p.ubigeo = districtIn(src.department);
        p.phone = src.phone;
        p.languages = rng.chance(15) ? QStringLiteral("es,qu") : QStringLiteral("es");
        CAPACITA_TRY(out.write(schema::participant(), p.id, rowmapping::toRow(p)));
        personIds[size_t(i)] = p.id;
    }
    counts.participants = P;

    // Who sits in which training: every person twice, in a shuffled order.
    std::vector<int> order(static_cast<size_t>(P));
    for (int i = 0; i < P; ++i)
        order[size_t(i)] = i;
    for (int i = P - 1; i > 0; --i)
        std::swap(order[size_t(i)], order[size_t(rng.below(i + 1))]);

    const QDate first(2021, 1, 4);
    for (qint64 t = 0; t < T; ++t) {
        Training tr;
        tr.id = idOf(size.seed, "training", t);
        tr.startDate = first.addDays(rng.below(1700));
        tr.endDate = tr.startDate.addDays(S - 1);
        tr.code = u"GEN-" % QString::number(tr.startDate.year()) % u'-' % QString::number(t + 1).rightJustified(5, u'0');
        tr.title = u8(rng.pick(kTitles));
        tr.topics = {QStringLiteral("TIP")};
        if (rng.chance(40))
            tr.topics << QStringLiteral("GBV");
        if (rng.chance(15))
            tr.topics << QStringLiteral("CEFM");
        const int department = int(&weighted(rng, kDepartments) - kDepartments.data());
        tr.ubigeo = districtIn(department);
        tr.venue = QStringLiteral("Auditorio ") + u8(kDepartments[size_t(department)].roster);
        tr.modality = rng.chance(80) ? QStringLiteral("in_person") : QStringLiteral("virtual");
        tr.plannedParticipants = perTraining;
        tr.status = QStringLiteral("completed");
        CAPACITA_TRY(out.write(schema::training(), tr.id, rowmapping::toRow(tr)));
        ++counts.trainings;

        QStringList sessionIds;
        for (int k = 0; k < S; ++k) {
            TrainingSession s;
            s.id = idOf(size.seed, "session", t * S + k);
            s.trainingId = tr.id;
            s.date = tr.startDate.addDays(k);
            s.startTime = QStringLiteral("09:00");
            s.endTime = QStringLiteral("13:00");
            s.hours = 4;
            CAPACITA_TRY(out.write(schema::session(), s.id, rowmapping::toRow(s)));
            sessionIds << s.id;
            ++counts.sessions;
        }

        QSet<int> members;
        for (qint64 slot = t * perTraining; slot < std::min(seats, (t + 1) * perTraining); ++slot) {
            const int person = order[size_t(slot % P)];
            if (members.contains(person))
                continue;
            members.insert(person);
            const QString &pid = personIds[size_t(person)];
            CAPACITA_TRY(out.write(schema::enrollment(), EnrollmentRepository::idFor(tr.id, pid), QVariantList{tr.id, pid}));
            ++counts.enrollments;
            const int attendsMost = rng.chance(85);
            for (const QString &sid : std::as_const(sessionIds)) {
                const int r = rng.below(100);
                const char *status = attendsMost ? (r < 88 ? kStatuses[0] : r < 94 ? kStatuses[1] : r < 98 ? kStatuses[2] : kStatuses[3])
                                                 : (r < 45 ? kStatuses[0] : r < 85 ? kStatuses[2] : kStatuses[3]);
                CAPACITA_TRY(out.write(schema::attendance(), AttendanceRepository::idFor(sid, pid),
                                       QVariantList{sid, pid, QString::fromLatin1(status)}));
                ++counts.attendance;
            }
            if (rng.chance(85)) {
                const double pre = 4 + rng.below(23) / 2.0;
                const double post = std::min(20.0, pre + rng.below(15) / 2.0 - 1);
                for (const auto &[kind, score] : {std::pair{QStringLiteral("pre"), pre}, std::pair{QStringLiteral("post"), post}}) {
                    CAPACITA_TRY(out.write(schema::score(), ScoreRepository::idFor(tr.id, pid, kind),
                                           QVariantList{tr.id, pid, kind, score, 20.0, QVariant()}));
                    ++counts.scores;
                }
            }
        }
    }
    CAPACITA_TRY(tx.commit());
    return counts;
}

Status writeRosterCsv(const QString &path, int rows, std::uint64_t seed)
{
    const int perTraining = 25;
    const int P = std::max(rows / 2, 50);
    const std::vector<Person> people = makePeople(P, seed);
    Rng rng(seed * 31 + 7);
    std::vector<int> order(static_cast<size_t>(P));
    for (int i = 0; i < P; ++i)
        order[size_t(i)] = i;
    for (int i = P - 1; i > 0; --i)
        std::swap(order[size_t(i)], order[size_t(rng.below(i + 1))]);

    QString text = QStringLiteral("codigo_capacitacion;titulo;temas;region;ubigeo;fecha_inicio;fecha_fin;sesiones;dni;"
                                  "nombres;apellidos;sexo;anio_nacimiento;tipo_participante;institucion;asistencias;"
                                  "pre_test;post_test;puntaje_maximo\n");
    text.reserve(rows * 150);
    int written = 0;
    for (int t = 0; written < rows; ++t) {
        const QDate start = QDate(2021, 1, 4).addDays(rng.below(1700));
        const int sessions = 3 + rng.below(8);
        const QString code = u"ROS-" % QString::number(start.year()) % u'-' % QString::number(t + 1).rightJustified(5, u'0');
        const QString training = code % u';' % u8(rng.pick(kTitles)) % u';' % (rng.chance(40) ? QStringLiteral("Trata, VBG") : QStringLiteral("Trata")) % u';'
                                 % u8(weighted(rng, kDepartments).roster) % u";;" % start.toString(QStringLiteral("dd/MM/yyyy"))
                                 % u';' % start.addDays(sessions - 1).toString(QStringLiteral("dd/MM/yyyy")) % u';'
                                 % QString::number(sessions) % u';';
        QSet<int> members;
        for (int k = 0; k < perTraining && written < rows; ++k) {
            const int person = order[size_t((qint64(t) * perTraining + k) % P)];
            if (members.contains(person))
                continue;
            members.insert(person);
            const Person &p = people[size_t(person)];
            const int attended = rng.chance(85) ? sessions - rng.below(2) : rng.below(sessions + 1);
            QString scores = QStringLiteral(";;");
            if (rng.chance(85)) {
                const double pre = 4 + rng.below(23) / 2.0;
                const double post = std::min(20.0, pre + rng.below(15) / 2.0 - 1);
                scores = QString::number(pre).replace(u'.', u',') % u';' % QString::number(post).replace(u'.', u',') % u";20";
            }
            text += training % p.dni % u';' % p.given % u';' % p.family % u';' % p.sex % u';' % QString::number(p.birthYear) % u';'
                    % p.typeRoster % u';' % p.institution % u';' % QString::number(attended) % u';' % scores % u'\n';
            ++written;
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return Error::io(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

namespace {
double statusMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}
} // namespace

double peakRssMb()
{
    return statusMb("VmHWM:");
}

double rssMb()
{
    return statusMb("VmRSS:");
}

} // namespace capacita::bench
