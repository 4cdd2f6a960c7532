#include "importing/rostercolumns.h"

#include "importing/namematch.h"

#include <QHash>

namespace capacita::rostercolumns {

namespace {

struct RostercolumnsText
{
    Q_DECLARE_TR_FUNCTIONS(capacita::rostercolumns)
};

struct Spec
{
    const char *key;
    const char *spanish;
    bool required;
    const char *aliases; // further accepted spellings, space separated (already normalised)
};

// Indexed by RosterColumn.
const std::array<Spec, kRosterColumnCount> &specs()
{
    static const std::array<Spec, kRosterColumnCount> s { {
        { "training_code", "codigo_capacitacion", true, "codigocurso codigoevento code" },
        { "training_title", "titulo", true, "titulocapacitacion title nombrecapacitacion" },
        { "topics", "temas", false, "tema topic" },
        { "department", "region", false, "departamento" },
        { "ubigeo", "ubigeo", false, "codigoubigeo" },
        { "start_date", "fecha_inicio", true, "inicio fechadeinicio" },
        { "end_date", "fecha_fin", true, "fin fechafinal fechadefin fechatermino" },
        { "sessions", "sesiones", true, "numerosesiones nsesiones" },
        { "dni", "dni", false, "documento numerodni nrodni" },
        { "given_names", "nombres", true, "nombre firstname firstnames" },
        { "family_names", "apellidos", true, "apellido lastname lastnames surname surnames" },
        { "sex", "sexo", false, "genero" },
        { "birth_year", "anio_nacimiento", false, "anonacimiento anodenacimiento aniodenacimiento yearofbirth" },
        { "participant_type", "tipo_participante", false, "tipo tipodeparticipante perfil type" },
        { "institution", "institucion", false, "entidad organizacion" },
        { "attended", "asistencias", false, "asistencia sesionesasistidas" },
        { "pre_score", "pre_test", false, "pretest prescore notapre" },
        { "post_score", "post_test", false, "posttest postscore notapost" },
        { "max_score", "puntaje_maximo", false, "puntajemax notamaxima maximo" },
    } };
    return s;
}

const QHash<QString, int> &lookup()
{
    static const QHash<QString, int> table = [] {
        QHash<QString, int> t;
        for (int i = 0; i < kRosterColumnCount; ++i) {
            const Spec &s = specs()[size_t(i)];
            t.insert(normaliseHeader(QString::fromLatin1(s.key)), i);
            t.insert(normaliseHeader(QString::fromLatin1(s.spanish)), i);
            for (const QString &alias : QString::fromLatin1(s.aliases).split(u' ', Qt::SkipEmptyParts))
                t.insert(alias, i);
        }
        return t;
    }();
    return table;
}

} // namespace

QString key(RosterColumn c)
{
    return QString::fromLatin1(specs()[size_t(c)].key);
}

QString spanishHeader(RosterColumn c)
{
    return QString::fromLatin1(specs()[size_t(c)].spanish);
}

bool isRequired(RosterColumn c)
{
    return specs()[size_t(c)].required;
}

bool isTrainingColumn(RosterColumn c)
{
    return c >= RosterColumn::TrainingTitle && c <= RosterColumn::Sessions;
}

QList<RosterColumn> all()
{
    QList<RosterColumn> out;
    for (int i = 0; i < kRosterColumnCount; ++i)
        out << RosterColumn(i);
    return out;
}

QString normaliseHeader(const QString &header)
{
    return namematch::fold(header).remove(u' ');
}

std::optional<RosterColumn> recognise(const QString &header)
{
    const int column = lookup().value(normaliseHeader(header), -1);
    if (column < 0)
        return std::nullopt;
    return RosterColumn(column);
}

Result<HeaderMap> map(const QStringList &header)
{
    HeaderMap m;
    m.header = header;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString text = header.at(i).trimmed();
        const auto recognised = recognise(text);
        const int column = recognised ? int(*recognised) : -1;
        m.fileOrder << column;
        if (column < 0) {
            if (!text.isEmpty())
                m.ignored << text;
            continue;
        }
        if (m.index[size_t(column)] >= 0)
            return Error::badInput(key(RosterColumn(column)),
                RostercolumnsText::tr("the columns \"%1\" and \"%2\" both hold %3; keep only one.")
                    .arg(header.at(m.index[size_t(column)]), text, key(RosterColumn(column))));
        m.index[size_t(column)] = int(i);
    }
    QStringList missing;
    for (const RosterColumn c : all()) {
        if (isRequired(c) && !m.has(c))
            missing << QStringLiteral("%1 (%2)").arg(spanishHeader(c), key(c));
    }
    if (!missing.isEmpty())
        return Error::badInput(QString(),
            RostercolumnsText::tr("The roster lacks the required column(s): %1.")
                .arg(missing.join(QStringLiteral(", "))));
    return m;
}

} // namespace capacita::rostercolumns
