#include "participants/participanteditor.h"

#include "audit/audithistorydialog.h"
#include "commands/participantcommands.h"
#include "commands/recordcompare.h"
#include "common/codelabels.h"
#include "common/districtpicker.h"
#include "domain/validation.h"
#include "storage/store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QUndoStack>

namespace capacita {

namespace {
constexpr int kNoBirthYear = 1900; // the spin box minimum stands for "not recorded"
const QDate kNoConsent(2000, 1, 1); // likewise for the consent date

QLineEdit *lineEdit(const char *name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}

QComboBox *combo(const char *name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    return box;
}
} // namespace

ParticipantEditor::ParticipantEditor(Store &store, QUndoStack &undo, QWidget *parent)
    : QWidget(parent), m_store(store), m_undo(undo)
{
    buildForm();
    connectFields();
    ChangeNotifier &notifier = store.db().notifier();
    connect(&notifier, &ChangeNotifier::changed, this, &ParticipantEditor::onChanged);
    // An import, a sync or a merge may have changed (or folded away) the person shown.
    connect(&notifier, &ChangeNotifier::bulkChanged, this, &ParticipantEditor::readAgain);
    setParticipant({});
}

void ParticipantEditor::buildForm()
{
    m_given = lineEdit("givenNamesEdit", this);
    m_family = lineEdit("familyNamesEdit", this);
    m_docType = combo("docTypeCombo", this);
    labels::fillCombo(m_docType, validation::docTypes(), &labels::docType);
    m_docNumber = lineEdit("docNumberEdit", this);
    m_docNumber->setAccessibleName(tr("Document number"));
    m_sex = combo("sexCombo", this);
    labels::fillCombo(m_sex, validation::sexCodes(), &labels::sex);
    m_birthYear = new QSpinBox(this);
    m_birthYear->setObjectName(QStringLiteral("birthYearSpin"));
    m_birthYear->setRange(kNoBirthYear, m_store.db().clock().today().year());
    m_birthYear->setSpecialValueText(tr("not recorded"));
    m_type = combo("typeCombo", this);
    labels::fillCombo(m_type, m_store.reference().participantTypes(), true);
    m_institution = lineEdit("institutionEdit", this);
    m_district = new DistrictPicker(m_store.reference(), this);
    m_district->setObjectName(QStringLiteral("districtPicker"));
    m_phone = lineEdit("phoneEdit", this);
    m_email = lineEdit("emailEdit", this);
    m_consentDate = new QDateEdit(this);
    m_consentDate->setObjectName(QStringLiteral("consentDateEdit"));
    m_consentDate->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_consentDate->setCalendarPopup(true);
    m_consentDate->setDateRange(kNoConsent, m_store.db().clock().today());
    m_consentDate->setSpecialValueText(tr("not recorded"));
    m_consentNotice = lineEdit("consentNoticeEdit", this);
    m_consentNotice->setPlaceholderText(tr("e.g. v2 2025"));
    m_consentBy = lineEdit("consentByEdit", this);
    m_history = new QPushButton(tr("Histo&ry…"), this);
    m_history->setObjectName(QStringLiteral("historyButton"));
    m_history->setToolTip(tr("Who changed this person's record, when and on which laptop"));

    // Type and number share a row and one error line under it.
    m_documentBox = new QWidget(this);
    m_documentBox->setObjectName(QStringLiteral("documentBox"));
    auto *document = new QHBoxLayout(m_documentBox);
    document->setContentsMargins(0, 0, 0, 0);
    document->addWidget(m_docType);
    document->addWidget(m_docNumber, 1);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Given names:"), m_errors.wrap(m_given));
    form->addRow(tr("&Family names:"), m_errors.wrap(m_family));
    auto *documentLabel = new QLabel(tr("&Document:"), this);
    documentLabel->setBuddy(m_docType);
    form->addRow(documentLabel, m_errors.wrap(m_documentBox));
    form->addRow(tr("&Sex:"), m_errors.wrap(m_sex));
    form->addRow(tr("&Birth year:"), m_errors.wrap(m_birthYear));
    form->addRow(tr("&Type:"), m_errors.wrap(m_type));
    form->addRow(tr("&Institution:"), m_errors.wrap(m_institution));
    form->addRow(tr("Dis&trict of work:"), m_errors.wrap(m_district));
    form->addRow(tr("&Phone:"), m_errors.wrap(m_phone));
    form->addRow(tr("&E-mail:"), m_errors.wrap(m_email));
    // Consent under Ley 29733; reports can count only people who gave it.
    form->addRow(tr("C&onsent date:"), m_errors.wrap(m_consentDate));
    form->addRow(tr("Privacy notice &version:"), m_errors.wrap(m_consentNotice));
    form->addRow(tr("Consent collected b&y:"), m_errors.wrap(m_consentBy));
    form->addRow(QString(), m_history);
    m_errors.linkLabels(form);
}

void ParticipantEditor::connectFields()
{
    auto onText = [this](QLineEdit *edit, QString Participant::*member) {
        connect(edit, &QLineEdit::editingFinished, this, [this, edit, member] {
            commit(edit, [edit, member](Participant &p) { p.*member = edit->text().trimmed(); });
        });
    };
    onText(m_given, &Participant::givenNames);
    onText(m_family, &Participant::familyNames);
    onText(m_institution, &Participant::institution);
    onText(m_phone, &Participant::phone);
    onText(m_email, &Participant::email);
    onText(m_consentNotice, &Participant::consentNotice);
    onText(m_consentBy, &Participant::consentBy);
    connect(m_consentDate, &QDateEdit::editingFinished, this, [this] {
        commit(m_consentDate, [this](Participant &p) {
            const QDate date = m_consentDate->date();
            p.consentDate = date > kNoConsent ? date : QDate();
        });
    });
    connect(m_history, &QPushButton::clicked, this, &ParticipantEditor::showHistory);

    connect(m_docType, &QComboBox::activated, this, [this] { commitDocument(m_docType); });
    connect(m_docNumber, &QLineEdit::editingFinished, this, [this] { commitDocument(m_docNumber); });
    connect(m_sex, &QComboBox::activated, this, [this] {
        commit(m_sex, [this](Participant &p) { p.sex = m_sex->currentData().toString(); });
    });
    connect(m_type, &QComboBox::activated, this, [this] {
        commit(m_type, [this](Participant &p) { p.type = m_type->currentData().toString(); });
    });
    connect(m_birthYear, &QSpinBox::editingFinished, this, [this] {
        commit(m_birthYear, [this](Participant &p) {
            const int year = m_birthYear->value();
            p.birthYear = year > kNoBirthYear ? std::optional<int>(year) : std::nullopt;
        });
    });
    connect(m_district, &DistrictPicker::ubigeoChosen, this, [this](const QString &ubigeo) {
        commit(m_district, [ubigeo](Participant &p) { p.ubigeo = ubigeo; });
    });
}

// Type and number are one fact: choosing "DNI" before typing the number must not be refused
// as an empty DNI, so a type that needs a number waits until the number is there.
void ParticipantEditor::commitDocument(QWidget *field)
{
    const QString type = m_docType->currentData().toString();
    const bool needsNumber = type != QLatin1String("none");
    m_docNumber->setEnabled(needsNumber && !m_current.id.isEmpty());
    m_docNumber->setPlaceholderText(type == QLatin1String("dni") ? tr("8 digits") : QString());
    const QString number = needsNumber ? m_docNumber->text().trimmed() : QString();
    if (needsNumber && number.isEmpty()) {
        if (field == m_docType) {
            m_docNumber->setFocus();
            return;
        }
    }
    commit(m_documentBox, [type, number](Participant &p) {
        p.docType = number.isEmpty() ? QStringLiteral("none") : type;
        p.docNumber = number;
    });
}

void ParticipantEditor::setParticipant(const QString &participantId)
{
    m_errors.clear();
    m_current = Participant{};
    if (!participantId.isEmpty()) {
        if (Result<Participant> found = m_store.participants().get(participantId))
            m_current = found.value();
    }
    setEnabled(!m_current.id.isEmpty());
    load();
}

void ParticipantEditor::load()
{
    const QScopedValueRollback<bool> loading(m_loading, true);
    const Participant &p = m_current;
    m_given->setText(p.givenNames);
    m_family->setText(p.familyNames);
    labels::selectCode(m_docType, p.docType);
    m_docNumber->setText(p.docNumber);
    m_docNumber->setEnabled(p.docType != QLatin1String("none"));
    m_docNumber->setPlaceholderText(p.docType == QLatin1String("dni") ? tr("8 digits") : QString());
    labels::selectCode(m_sex, p.sex);
    m_birthYear->setValue(p.birthYear.value_or(kNoBirthYear));
    labels::selectCode(m_type, p.type);
    m_institution->setText(p.institution);
    m_district->setUbigeo(p.ubigeo);
    m_phone->setText(p.phone);
    m_email->setText(p.email);
    m_consentDate->setDate(p.consentDate.isValid() ? p.consentDate : kNoConsent);
    m_consentNotice->setText(p.consentNotice);
    m_consentBy->setText(p.consentBy);
}

void ParticipantEditor::showHistory()
{
    if (m_current.id.isEmpty())
        return;
    auto *dialog = new AuditHistoryDialog(m_store, QStringLiteral("participant"), m_current.id, m_current.fullName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ParticipantEditor::commit(QWidget *field, const std::function<void(Participant &)> &change)
{
    if (m_loading || m_current.id.isEmpty())
        return;
    Participant next = m_current;
    change(next);
    if (sameRecord(next, m_current))
        return;
    const Status stored = StoreCommand::run(
        m_undo, std::make_unique<EditParticipantCommand>(m_store, m_current, next));
    if (!stored) {
        load();
        m_errors.show(field, stored.error().message);
        return;
    }
    m_errors.clear();
    if (Result<Participant> live = m_store.participants().get(m_current.id))
        m_current = live.value();
    load();
}

void ParticipantEditor::onChanged(const ChangeEvent &event)
{
    if (event.table == QLatin1String("participant") && event.id == m_current.id)
        readAgain();
}

void ParticipantEditor::readAgain()
{
    if (m_current.id.isEmpty())
        return;
    Result<Participant> live = m_store.participants().get(m_current.id);
    if (!live) {
        setParticipant({});
        return;
    }
    // Unchanged (most bulk changes are about other people): a value being typed stays.
    if (sameRecord(live.value(), m_current))
        return;
    m_current = live.value();
    load();
}

} // namespace capacita
