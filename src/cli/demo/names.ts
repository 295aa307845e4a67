// Name pools by culture for invented people: plausible, mixed freely, accents kept (Müller, Núñez, Øberg).

type Pool = { readonly given: readonly string[]; readonly family: readonly string[] };
const pool = (given: string, family: string): Pool => ({ given: given.split('|'), family: family.split('|') });

export const NAME_POOLS: Readonly<Record<string, Pool>> = {
  english: pool(
    'Oliver|Charlotte|Amelia|Harriet|Eleanor|James|Sophie|Thomas|Grace|William|Hannah|George|Alice|Edward|Rosalind|Daniel|Megan|Imogen|Samuel|Felicity',
    'Whitfield|Ashworth|Pemberton|Hollis|Carrow|Fairley|Thornbury|Marsden|Kingsley|Ellison|Hartley|Rowntree|Bramwell|Caldwell|Sutcliffe|Langford|Prescott|Wexley|Aldridge|Penhale',
  ),
  irish: pool(
    'Aoife|Ciarán|Siobhán|Eoin|Niamh|Seán|Róisín|Pádraig|Orla|Declan|Gráinne|Cathal',
    'Ó Briain|Kavanagh|Ó Faoláin|Brennan|Ó Súilleabháin|Mulcahy|Dunleavy|Mac Aodha|Moynihan|Ó Ceallaigh',
  ),
  french: pool(
    'Amélie|Étienne|Hélène|François|Léa|Jérôme|Céline|Benoît|Inès|Gaël|Noémie|Raphaël|Margaux|Loïc|Françoise|Anaïs',
    'Lefèvre|Dubois-Garnier|Moreau|Delacroix|Rousseau|Bérenger|Chastel|Fontaine|Lemaître|Vasseur|Marchand|Féraud|Guérin|Lacôte',
  ),
  german: pool(
    'Jürgen|Lena|Matthias|Anke|Sören|Käthe|Lukas|Friederike|Tobias|Jörg|Greta|Maximilian|Bärbel|Ulrike',
    'Müller|Schäfer|Köhler|Weiß|Hoffmann|Brückner|Vogt|Lindemann|Krämer|Götz|Hübner|Strauß|Bäumer|Faßbender',
  ),
  dutch: pool(
    'Sanne|Joost|Femke|Maarten|Lieke|Bram|Anouk|Pieter|Eline|Sjoerd',
    'van der Berg|de Vries|Janssen|Bakker|Visser|van Dijk|Smit|de Jong|Verhoeven|Hendriks',
  ),
  spanish: pool(
    'José|María|Lucía|Álvaro|Inés|Íñigo|Begoña|Sebastián|Ximena|Andrés|Nuria|Rocío|Tomás|Valentina|Joaquín|Mónica|Jordi|Montserrat',
    'Núñez|García-Peña|Ibáñez|Muñoz|Fernández|Ortega|Castañeda|Jiménez|Álvarez|Cortés|Rodríguez|Velázquez|Echeverría|Sáenz|Puig|Ferrer',
  ),
  portuguese: pool(
    'João|Conceição|Gonçalo|Inês|Luís|Mariana|Sebastião|Lúcia|Thiago|Letícia|Vinícius|Beatriz|Estêvão|Graça',
    'Gonçalves|Magalhães|Araújo|Simões|Guimarães|Brandão|Falcão|Loureiro|Sampaio|Monteiro|Assunção|Conceição',
  ),
  italian: pool(
    'Giulia|Lorenzo|Chiara|Niccolò|Francesca|Matteo|Caterina|Gianluca|Ilaria|Tommaso|Federica|Nicolò',
    'Rossi|Bianchi|Esposito|Colombo|De Luca|Ferrara|Galli|Mancini|Caruso|Lombardi|Marchetti|D’Angelo',
  ),
  greek: pool(
    'Eleni|Giorgos|Dimitra|Nikos|Katerina|Stavros|Ioanna|Yannis|Sofia|Panagiotis',
    'Papadopoulou|Georgiou|Karagianni|Antoniou|Vlachos|Papadakis|Nikolaidis|Theodorou',
  ),
  nordic: pool(
    'Åsa|Björn|Ingrid|Søren|Linnéa|Mikael|Sigrid|Ørjan|Maja|Henrik|Kaisa|Eero|Þóra|Liisa',
    'Øberg|Åström|Lindqvist|Sørensen|Bergström|Halvorsen|Nyström|Dahl|Korhonen|Virtanen|Kjær|Lundgren|Tamm|Jónsdóttir',
  ),
  polish: pool(
    'Łukasz|Agnieszka|Małgorzata|Paweł|Zofia|Wojciech|Katarzyna|Tomasz',
    'Wiśniewska|Kowalczyk|Zieliński|Dąbrowska|Lewandowski|Wójcik|Kamiński|Szymańska',
  ),
  czech: pool('Jiří|Tereza|Lukáš|Markéta|Ondřej|Zuzana', 'Dvořák|Novotná|Svoboda|Procházka|Černý|Kučerová'),
  hungarian: pool('Zsófia|Gábor|Eszter|Bálint|Réka|Ádám', 'Kovács|Szabó|Tóth|Horváth|Németh|Fehér'),
  romanian: pool(
    'Ioana|Mihai|Andreea|Ștefan|Raluca|Bogdan',
    'Popescu|Ionescu|Dumitrescu|Constantinescu|Stănescu|Munteanu',
  ),
  balkan: pool(
    'Ana|Marko|Ivana|Luka|Mirela|Dragan|Maja|Nikola',
    'Šimić|Kovačević|Jovanović|Horvat|Novak|Petrović|Babić|Jurić',
  ),
  ukrainian: pool(
    'Olena|Andriy|Oksana|Taras|Iryna|Dmytro',
    'Kovalenko|Shevchenko|Bondarenko|Tkachenko|Melnyk|Kravchuk',
  ),
  turkish: pool(
    'Ayşe|Mehmet|Elif|Oğuz|Zeynep|Çağrı|Gülşen|Emre|Şule|Barış',
    'Öztürk|Yılmaz|Şahin|Çelik|Aydın|Doğan|Kılıç|Güneş',
  ),
  hebrew: pool('Noa|Yael|Eitan|Avi|Tamar|Oren|Shira|Gil', 'Levi|Mizrahi|Ben-David|Peretz|Shalev|Katz|Avraham'),
  arabic: pool(
    'Layla|Omar|Yasmin|Karim|Nour|Tariq|Rania|Samir|Huda|Khalid|Amira|Youssef',
    'Haddad|Al-Rashid|Mansour|Khoury|El-Amin|Farouk|Nasser|Saleh|Bakr|Aziz|Hamdan|Chahine',
  ),
  nigerian: pool(
    'Adebayo|Chiamaka|Oluwaseun|Ngozi|Emeka|Folake|Chinedu|Aisha|Tunde|Ifeoma',
    'Okafor|Adeyemi|Obi|Balogun|Nwosu|Eze|Okonkwo|Bello|Afolabi|Olawale',
  ),
  ghanaian: pool('Kwame|Ama|Kofi|Efua|Yaw|Akosua', 'Mensah|Owusu|Boateng|Asante|Acheampong|Darko'),
  eastafrican: pool(
    'Wanjiru|Otieno|Akinyi|Kamau|Njeri|Baraka|Zawadi|Wekesa',
    'Mwangi|Ochieng|Kariuki|Njoroge|Wafula|Achieng|Mutua',
  ),
  westafrican: pool(
    'Aminata|Moussa|Fatou|Ibrahima|Aline|Jean-Pierre|Clémence|Eric',
    'Diop|Ndiaye|Sow|Uwimana|Mukamana|Habimana|Fall',
  ),
  southafrican: pool(
    'Thandiwe|Sipho|Nomvula|Pieter|Lerato|Johan|Anri|Themba|Zanele',
    'Dlamini|Nkosi|van Wyk|Botha|Mokoena|Khumalo|Pretorius|Ndlovu|du Plessis',
  ),
  indian: pool(
    'Priya|Arjun|Ananya|Rohan|Kavya|Vikram|Meera|Siddharth|Lakshmi|Aditya|Nandini|Rahul',
    'Sharma|Iyer|Reddy|Chatterjee|Nair|Patel|Deshpande|Menon|Banerjee|Krishnan|Kulkarni|Gupta',
  ),
  pakistani: pool('Ayesha|Bilal|Fatima|Usman|Sana|Imran', 'Qureshi|Siddiqui|Malik|Chaudhry|Sheikh|Butt'),
  srilankan: pool('Dilani|Kasun|Nimali|Ruwan|Tharushi|Chaminda', 'Perera|Fernando|Jayasuriya|Wickramasinghe|Silva'),
  bengali: pool('Tahmina|Rafiq|Nusrat|Arif|Shirin|Tanvir', 'Rahman|Hossain|Chowdhury|Ahmed|Islam'),
  nepali: pool('Sunita|Bikash|Anjali|Prakash|Srijana', 'Shrestha|Gurung|Thapa|Adhikari|Rai'),
  chinese: pool(
    'Wei|Mei|Jun|Xiaoling|Hao|Yan|Lei|Jing|Zhiwei|Ling|Ming|Hui',
    'Wang|Li|Zhang|Chen|Liu|Huang|Zhou|Lin|Wu|Tan|Lim|Ng',
  ),
  japanese: pool(
    'Haruka|Kenji|Yūko|Takeshi|Aiko|Shōta|Emi|Daisuke|Rie|Kōji',
    'Satō|Suzuki|Takahashi|Itō|Watanabe|Yamamoto|Kōno|Ōta|Nakamura',
  ),
  korean: pool('Ji-woo|Min-jun|Seo-yeon|Hyun-woo|Eun-ji|Dong-hyun|Soo-ah', 'Kim|Lee|Park|Choi|Jung|Kang|Yoon'),
  malay: pool(
    'Siti|Ahmad|Nurul|Farid|Dewi|Budi|Putri|Hafiz|Intan|Rizal',
    'Abdullah|Rahman|Santoso|Wijaya|Hassan|Ismail|Halim|Kusuma',
  ),
  filipino: pool(
    'Maricel|Jose Miguel|Andrea|Paolo|Kristine|Ramon|Liza',
    'Santos|Reyes|dela Cruz|Bautista|Villanueva|Mendoza|Aquino',
  ),
  vietnamese: pool('Minh|Lan|Huy|Thảo|Quang|Ngọc|Tuấn', 'Nguyễn|Trần|Lê|Phạm|Hoàng|Vũ|Đặng'),
  thai: pool('Siriporn|Somchai|Nattaya|Anan|Kanya|Prasert', 'Srisawat|Wongsakul|Chaiyaporn|Boonmee|Rattanakul'),
  maori: pool('Aroha|Wiremu|Hēmi|Mere|Tama|Ngaio', 'Ngata|Parata|Te Rangi|Horomona|Tāwhiri'),
};
