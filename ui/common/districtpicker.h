#pragma once

#include "domain/entities.h"

#include <QLineEdit>

class QStandardItemModel;

namespace capacita {

class ReferenceData;

// Picks a district of Peru by typing any part of "DISTRICT — PROVINCE, DEPARTMENT", without
// caring for case or accents, and keeps its UBIGEO code. An empty field means no district.
class DistrictPicker : public QLineEdit
{
    Q_OBJECT
public:
    explicit DistrictPicker(ReferenceData &reference, QWidget *parent = nullptr);

    QString ubigeo() const { return m_ubigeo; }
    // Shows a district without emitting ubigeoChosen (loading a record is not an edit).
    void setUbigeo(const QString &ubigeo);

    static QString describe(const District &district);

signals:
    // The person chose a district, or cleared the field (empty code).
    void ubigeoChosen(const QString &ubigeo);

private:
    void onActivated(const QModelIndex &index);
    void onEditingFinished();
    void choose(const QString &ubigeo);
    QString textFor(const QString &ubigeo) const;

    QStandardItemModel *m_model = nullptr;
    QString m_ubigeo;
};

} // namespace capacita
