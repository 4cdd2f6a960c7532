#include "trainings/trainingeditor.h"

#include "audit/audithistorydialog.h"
#include "commands/recordcompare.h"
#include "commands/trainingcommands.h"
#include "common/codelabels.h"
#include "common/districtpicker.h"
#include "domain/validation.h"
#include "storage/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QUndoStack>

#include <cmath>

namespace capacita {

namespace {
QLineEdit *lineEdit(const char *name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}

QDateEdit *dateEdit(const char *name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    return edit;
}
} // namespace

TrainingEditor::TrainingEditor(Store &store, QUndoStack &undo, QWidget *parent)
    : QWidget(parent), m_store(store), m_undo(undo)
{
    buildForm();
    connectFields();
    connect(&store.db().notifier(), &ChangeNotifier::changed, this, &TrainingEditor::onChanged);
    setTraining({});
}

void TrainingEditor::buildForm()
{
    m_code = lineEdit("codeEdit", this);
    m_title = lineEdit("titleEdit", this);
    m_topicsBox = new QWidget(this);
    m_topicsBox->setObjectName(QStringLiteral("topicsBox"));
    auto *topicsLayout = new QVBoxLayout(m_topicsBox); // one per line: the labels are long
    topicsLayout->setContentsMargins(0, 0, 0, 0);
    const QList<CodeLabel> topics = m_store.reference().topics();
    for (const CodeLabel &topic : topics) {
        auto *box = new QCheckBox(labels::localized(topic), m_topicsBox);
        box->setObjectName(QStringLiteral("topic_") + topic.code);
        box->setProperty("code", topic.code);
        topicsLayout->addWidget(box);
        m_topics.append(box);
    }
    topicsLayout->addStretch();
    m_modality = new QComboBox(this);
    m_modality->setObjectName(QStringLiteral("modalityCombo"));
    labels::fillCombo(m_modality, validation::modalities(), &labels::modality);
    m_district = new DistrictPicker(m_store.reference(), this);
    m_district->setObjectName(QStringLiteral("districtPicker"));
    m_venue = lineEdit("venueEdit", this);
    m_start = dateEdit("startDateEdit", this);
    m_end = dateEdit("endDateEdit", this);
    m_start->setAccessibleName(tr("Start date"));
    m_end->setAccessibleName(tr("End date"));
    m_facilitators = lineEdit("facilitatorsEdit", this);
    m_partner = lineEdit("partnerEdit", this);
    m_planned = new QSpinBox(this);
    m_planned->setObjectName(QStringLiteral("plannedSpin"));
    m_planned->setRange(0, 100000);
    m_planned->setSpecialValueText(tr("not set"));
    m_completion = new QSpinBox(this);
    m_completion->setObjectName(QStringLiteral("completionSpin"));
    m_completion->setRange(0, 100);
    m_completion->setSuffix(QStringLiteral(" %"));
    m_completion->setToolTip(tr("Minimum share of sessions a participant must attend to complete the training"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusCombo"));
    labels::fillCombo(m_status, validation::trainingStatuses(), &labels::trainingStatus);
    m_history = new QPushButton(tr("Histo&ry…"), this);
    m_history->setObjectName(QStringLiteral("historyButton"));
    m_history->setToolTip(tr("Who changed this training, its sessions, enrollments, attendance and scores"));

    // Fields that share a row share one error line under the row, so the row stays aligned.
    m_datesBox = new QWidget(this);
    m_datesBox->setObjectName(QStringLiteral("datesBox"));
    auto *dates = new QHBoxLayout(m_datesBox);
    dates->setContentsMargins(0, 0, 0, 0);
    dates->addWidget(m_start, 1);
    dates->addWidget(new QLabel(tr("to"), m_datesBox));
    dates->addWidget(m_end, 1);

    m_numbersBox = new QWidget(this);
    m_numbersBox->setObjectName(QStringLiteral("numbersBox"));
    auto *numbers = new QHBoxLayout(m_numbersBox);
    numbers->setContentsMargins(0, 0, 0, 0);
    numbers->addWidget(m_planned, 1);
    auto *completionLabel = new QLabel(tr("Co&mpletion:"), m_numbersBox);
    completionLabel->setBuddy(m_completion);
    numbers->addWidget(completionLabel);
    numbers->addWidget(m_completion, 1);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Code:"), m_errors.wrap(m_code));
    form->addRow(tr("&Title:"), m_errors.wrap(m_title));
    form->addRow(tr("Topics:"), m_errors.wrap(m_topicsBox));
    form->addRow(tr("&Modality:"), m_errors.wrap(m_modality));
    form->addRow(tr("&District:"), m_errors.wrap(m_district));
    form->addRow(tr("&Venue:"), m_errors.wrap(m_venue));
    form->addRow(tr("D&ates:"), m_errors.wrap(m_datesBox));
    form->addRow(tr("&Facilitators:"), m_errors.wrap(m_facilitators));
    form->addRow(tr("&Partner:"), m_errors.wrap(m_partner));
    form->addRow(tr("Pla&nned people:"), m_errors.wrap(m_numbersBox));
    form->addRow(tr("&Status:"), m_errors.wrap(m_status));
    form->addRow(QString(), m_history);
    if (auto *datesLabel = qobject_cast<QLabel *>(form->labelForField(m_datesBox->parentWidget())))
        datesLabel->setBuddy(m_start);
    if (auto *plannedLabel = qobject_cast<QLabel *>(form->labelForField(m_numbersBox->parentWidget())))
        plannedLabel->setBuddy(m_planned);
    m_errors.linkLabels(form);
}

void TrainingEditor::connectFields()
{
    auto onText = [this](QLineEdit *edit, QString Training::*member) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, member] {
            commit(edit, [edit, member](Training &t) { t.*member = edit->text().trimmed(); });
        });
    };
    onText(m_code, &Training::code);
    onText(m_title, &Training::title);
    onText(m_venue, &Training::venue);
    onText(m_facilitators, &Training::facilitators);
    onText(m_partner, &Training::partner);

    for (QCheckBox *box : std::as_const(m_topics)) {
        connect(box, &QCheckBox::clicked, this, [this] {
            commit(m_topicsBox, [this](Training &t) {
                t.topics.clear();
                for (const QCheckBox *b : std::as_const(m_topics)) {
                    if (b->isChecked())
                        t.topics.append(b->property("code").toString());
                }
            });
        });
    }
    connect(m_modality, &QComboBox::activated, this, [this] {
        commit(m_modality, [this](Training &t) { t.modality = m_modality->currentData().toString(); });
    });
    connect(m_history, &QPushButton::clicked, this, &TrainingEditor::showHistory);
    connect(m_status, &QComboBox::activated, this, [this] {
        commit(m_status, [this](Training &t) { t.status = m_status->currentData().toString(); });
    });
    connect(m_district, &DistrictPicker::ubigeoChosen, this, [this](const QString &ubigeo) {
        commit(m_district, [ubigeo](Training &t) { t.ubigeo = ubigeo; });
    });
    connect(m_start, &QDateEdit::editingFinished, this, [this] {
        commit(m_datesBox, [this](Training &t) { t.startDate = m_start->date(); });
    });
    connect(m_end, &QDateEdit::editingFinished, this, [this] {
        commit(m_datesBox, [this](Training &t) { t.endDate = m_end->date(); });
    });
    connect(m_planned, &QSpinBox::editingFinished, this, [this] {
        commit(m_numbersBox, [this](Training &t) {
            t.plannedParticipants = m_planned->value() > 0 ? std::optional<int>(m_planned->value())
                                                           : std::nullopt;
        });
    });
    connect(m_completion, &QSpinBox::editingFinished, this, [this] {
        commit(m_numbersBox, [this](Training &t) {
            // Keep the stored share when the percentage shown for it was not changed, so a
            // value like 0.666 is not rounded away by leaving the field.
            if (m_completion->value() != int(std::lround(t.completionShare * 100)))
                t.completionShare = m_completion->value() / 100.0;
        });
    });
}

void TrainingEditor::showHistory()
{
    if (m_current.id.isEmpty())
        return;
    auto *dialog = new AuditHistoryDialog(m_store, QStringLiteral("training"), m_current.id,
                                          m_current.code + QLatin1Char(' ') + m_current.title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void TrainingEditor::setTraining(const QString &trainingId)
{
    m_errors.clear();
    m_current = Training{};
    if (!trainingId.isEmpty()) {
        if (Result<Training> found = m_store.trainings().get(trainingId))
            m_current = found.value();
    }
    setEnabled(!m_current.id.isEmpty());
    load();
}

void TrainingEditor::load()
{
    const QScopedValueRollback<bool> loading(m_loading, true);
    const Training &t = m_current;
    m_code->setText(t.code);
    m_title->setText(t.title);
    for (QCheckBox *box : std::as_const(m_topics))
        box->setChecked(t.topics.contains(box->property("code").toString()));
    labels::selectCode(m_modality, t.modality);
    m_district->setUbigeo(t.ubigeo);
    m_venue->setText(t.venue);
    m_start->setDate(t.startDate.isValid() ? t.startDate : m_store.db().clock().today());
    m_end->setDate(t.endDate.isValid() ? t.endDate : m_store.db().clock().today());
    m_facilitators->setText(t.facilitators);
    m_partner->setText(t.partner);
    m_planned->setValue(t.plannedParticipants.value_or(0));
    m_completion->setValue(int(std::lround(t.completionShare * 100)));
    labels::selectCode(m_status, t.status);
}

void TrainingEditor::commit(QWidget *field, const std::function<void(Training &)> &change)
{
    if (m_loading || m_current.id.isEmpty())
        return;
    Training next = m_current;
    change(next);
    if (sameRecord(next, m_current))
        return;
    const Status stored =
        StoreCommand::run(m_undo, std::make_unique<EditTrainingCommand>(m_store, m_current, next));
    if (!stored) {
        load(); // back to what is stored
        m_errors.show(field, stored.error().message);
        return;
    }
    m_errors.clear();
    // Show what the store kept (it may have tidied the value).
    if (Result<Training> live = m_store.trainings().get(m_current.id))
        m_current = live.value();
    load();
}

void TrainingEditor::onChanged(const ChangeEvent &event)
{
    if (event.table != QLatin1String("training") || event.id != m_current.id || m_current.id.isEmpty())
        return;
    Result<Training> live = m_store.trainings().get(event.id);
    if (!live) {
        setTraining({});
        return;
    }
    m_current = live.value();
    load();
}

} // namespace capacita
